// The demo city's townships and streets (乡镇/街道) under its 13 counties, each with its service window for one-window
// intake: fixed geography, the same in every demo city whatever its seed or size, so that any agency's demo data can
// name a township by its code. The county governments' seed loads them; nobody else draws from this stream.
import { REGIONS, Region } from '../regions';
import { Rng } from './rng';

export type TownshipKind = 'TOWNSHIP' | 'STREET';

export interface DemoServiceWindow {
  name: string;
  address: string;
  hours: string;
  phone: string;
}

export interface DemoTownship {
  /**
   * Nine digits: the county's six, then the township's three as GB/T 10114 numbers them: 001-099 for streets
   * (街道), 100-199 for towns (镇), 200-299 for townships (乡).
   */
  code: string;
  countyCode: string;
  /** e.g. 新华街道, 石桥镇, 黄台岗乡 */
  name: string;
  kind: TownshipKind;
  window: DemoServiceWindow;
}

/** Street names of the two urban districts' old town and new quarters. */
const DISTRICT_STREETS = [
  ...['新华', '东关', '西关', '南关', '北关', '仲景', '汉冶', '枣林', '白河', '溧河', '七一', '卧龙岗', '武侯', '梅溪'],
  ...['车站', '光武', '独山', '张衡', '靳岗', '百里奚', '建设', '人民', '解放', '书院', '滨河', '光明', '和平', '文化'],
];
/** Street names of a county seat. */
const COUNTY_STREETS = [
  ...['城关', '城东', '城西', '城南', '城北', '东城', '西城', '南城', '北城', '龙城', '凤城', '紫金', '莲花', '白羽'],
  ...['丹阳', '云阳', '淮源', '花洲', '古城', '新城', '文峰', '兴华', '湍东', '湍西', '团结', '三里河'],
];
/** The first syllable of a town's name: a family, a colour, a tree, a number, a landmark. */
const PLACE_HEADS = [...'石王李张刘赵黄马高杨郭孙白青红金柳桐枣桑龙凤双三五八太安新古官茶瓦汉赤清丹上下大小'];
/** The second syllable: what the place was (a bridge, an inn, a camp, a market, a ridge). */
const PLACE_TAILS = [...'桥店营庄集岗寨湾河坪铺庙楼沟坡口堂岭园镇'].filter((c) => c !== '镇');
const ROADS = ['人民路', '建设路', '解放路', '中州路', '工业路', '新华路', '文化路', '滨河路', '光明路', '和平路'];
/** As the windows post them: summer afternoons start later. */
const HOURS = '周一至周五 8:30-12:00，14:30-17:30（5月至9月下午 15:00-18:00）';
const HOURS_WITH_SATURDAY = `${HOURS}；周六 9:00-12:00`;

const townshipCount = (county: Region) => Math.min(25, Math.max(10, Math.round(6 + county.weight / 8)));

/** `n` distinct names from `make`, none already `taken`. */
function distinctNames(rng: Rng, n: number, taken: Set<string>, make: () => string): string[] {
  const names: string[] = [];
  while (names.length < n) {
    const name = make();
    if (!taken.has(name)) {
      taken.add(name);
      names.push(name);
    }
  }
  return names;
}

function windowOf(rng: Rng, county: Region, name: string, kind: TownshipKind): DemoServiceWindow {
  const address =
    kind === 'STREET'
      ? `${county.name}${rng.pick(ROADS)}${rng.int(1, 399)}号${name}便民服务中心一楼`
      : `${county.name}${name}${rng.pick(['政府街', '中心街', '人民路', '建设路'])}${rng.int(1, 99)}号便民服务中心`;
  return {
    name: `${name}便民服务中心社会救助窗口`,
    address,
    hours: rng.chance(0.3) ? HOURS_WITH_SATURDAY : HOURS,
    phone: `0377-6${rng.int(1_000_000, 9_999_999)}`,
  };
}

/**
 * A county's townships and streets: an urban district mostly streets, with a few towns and townships on its edge;
 * a county or county-level city mostly towns and townships, with two to four streets in its seat.
 */
function townshipsOfCounty(rng: Rng, county: Region): DemoTownship[] {
  const count = townshipCount(county);
  const streets = county.urban ? Math.round(count * 0.6) : rng.int(2, 4);
  const towns = county.urban ? Math.ceil((count - streets) * 0.7) : Math.round((count - streets) * 0.6);
  const townships = count - streets - towns;
  const taken = new Set<string>();
  const streetPool = county.urban ? DISTRICT_STREETS : COUNTY_STREETS;
  const place = () => rng.pick(PLACE_HEADS) + rng.pick(PLACE_TAILS);
  const make = (kind: TownshipKind, first: number, suffix: string, names: string[]) =>
    names.map((stem, i) => {
      const name = stem + suffix;
      return {
        code: `${county.code}${String(first + i).padStart(3, '0')}`,
        countyCode: county.code,
        name,
        kind,
        window: windowOf(rng, county, name, kind),
      };
    });
  return [
    ...make(
      'STREET',
      1,
      '街道',
      distinctNames(rng, streets, taken, () => rng.pick(streetPool)),
    ),
    ...make('TOWNSHIP', 100, '镇', distinctNames(rng, towns, taken, place)),
    ...make('TOWNSHIP', 200, '乡', distinctNames(rng, townships, taken, place)),
  ];
}

/** Every township and street of the city, county by county, by code. */
export const TOWNSHIPS: readonly DemoTownship[] = (() => {
  const rng = new Rng('nanyang-townships');
  return REGIONS.flatMap((county) => townshipsOfCounty(rng.fork(county.code), county));
})();

const byCounty = new Map<string, DemoTownship[]>(REGIONS.map((r) => [r.code, TOWNSHIPS.filter((t) => t.countyCode === r.code)]));

/** The townships and streets of one county, by code; none for a code the city does not have. */
export const townshipsOf = (countyCode: string): readonly DemoTownship[] => byCounty.get(countyCode) ?? [];
