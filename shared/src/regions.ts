// The city the graph serves: 南阳市 (Nanyang, Henan, 4113), its 13 county-level units by GB/T 2260 code.

export interface Region {
  code: string;
  name: string;
  /** Urban district (市辖区) or county / county-level city; urban areas have a higher dibao standard. */
  urban: boolean;
  /** Share of the city's population, for the demo city, from the 2020 census rounded. */
  weight: number;
}

export const REGIONS: readonly Region[] = [
  { code: '411302', name: '宛城区', urban: true, weight: 100 },
  { code: '411303', name: '卧龙区', urban: true, weight: 95 },
  { code: '411321', name: '南召县', urban: false, weight: 50 },
  { code: '411322', name: '方城县', urban: false, weight: 85 },
  { code: '411323', name: '西峡县', urban: false, weight: 45 },
  { code: '411324', name: '镇平县', urban: false, weight: 80 },
  { code: '411325', name: '内乡县', urban: false, weight: 55 },
  { code: '411326', name: '淅川县', urban: false, weight: 60 },
  { code: '411327', name: '社旗县', urban: false, weight: 50 },
  { code: '411328', name: '唐河县', urban: false, weight: 110 },
  { code: '411329', name: '新野县', urban: false, weight: 60 },
  { code: '411330', name: '桐柏县', urban: false, weight: 40 },
  { code: '411381', name: '邓州市', urban: false, weight: 130 },
];

const byCode = new Map(REGIONS.map((r) => [r.code, r]));

export const findRegion = (code: string): Region | undefined => byCode.get(code);
export const isRegionCode = (code: string) => byCode.has(code);
