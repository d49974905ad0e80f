// Chinese names for the demo city: common surnames by frequency, given-name characters by gender.
import { Rng } from './rng';

const SURNAMES: readonly (readonly [string, number])[] = [
  ['王', 72],
  ['李', 70],
  ['张', 66],
  ['刘', 53],
  ['陈', 45],
  ['杨', 31],
  ['赵', 20],
  ['黄', 19],
  ['周', 18],
  ['吴', 17],
  ['徐', 14],
  ['孙', 13],
  ['胡', 12],
  ['朱', 11],
  ['高', 10],
  ['林', 10],
  ['何', 9],
  ['郭', 9],
  ['马', 8],
  ['罗', 7],
  ['梁', 6],
  ['宋', 6],
  ['郑', 6],
  ['谢', 5],
  ['韩', 5],
  ['唐', 5],
  ['冯', 5],
  ['于', 4],
  ['董', 4],
  ['萧', 4],
  ['程', 4],
  ['曹', 4],
  ['袁', 4],
  ['邓', 4],
  ['许', 4],
  ['傅', 3],
  ['沈', 3],
  ['曾', 3],
  ['彭', 3],
  ['吕', 3],
];
const MALE = '伟强磊军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林海峰建国志文博';
const FEMALE = '芳娜敏静丽艳娟霞秀英慧巧美兰婷雪琳晶颖玲桂梅红燕萍洁琴云莉璐欣怡悦';

export function personName(rng: Rng, gender: 'MALE' | 'FEMALE', surname?: string): string {
  const family = surname ?? rng.weighted(SURNAMES);
  const chars = gender === 'MALE' ? MALE : FEMALE;
  const given = rng.chance(0.7) ? rng.pick([...chars]) + rng.pick([...chars]) : rng.pick([...chars]);
  return family + given;
}

export const surnameOf = (name: string) => name[0];

const STREETS = '人民建设解放中州新华光武仲景卧龙独山白河滨河工业信臣七一车站两相范蠡张衡明山'.match(/../g) ?? [];
const VILLAGE_SUFFIX = ['村', '庄', '营', '店', '湾', '寨'];

/** An address inside a region: a street and number in urban districts, a village and group elsewhere. */
export function address(rng: Rng, regionName: string, urban: boolean): string {
  if (urban) return `${regionName}${rng.pick(STREETS)}路${rng.int(1, 399)}号${rng.int(1, 24)}栋${rng.int(1, 6)}单元${rng.int(101, 1802)}室`;
  return `${regionName}${rng.pick(STREETS)}${rng.pick(VILLAGE_SUFFIX)}${rng.int(1, 12)}组${rng.int(1, 80)}号`;
}
