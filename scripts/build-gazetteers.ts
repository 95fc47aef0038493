/**
 * Regenerates src/gazetteers/id-areas.json from idn-area-data (provinces, regencies and
 * cities of Indonesia), so that the analyzer loads a small JSON file synchronously instead
 * of parsing the package's CSV files at run time. Run: npx tsx scripts/build-gazetteers.ts
 */
import { writeFileSync } from 'node:fs';
import { getProvinces, getRegencies } from 'idn-area-data';

const title = (upper: string): string =>
  upper.toLowerCase().replace(/(^|[\s\-(])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()).replace(/^Dki /, "DKI ");

const provinces = (await getProvinces()).map((p) => title(p.name).replace(/^Daerah Istimewa /, 'DI '));
const regencies = (await getRegencies()).map((r) => title(r.name));
const cities = regencies.filter((r) => r.startsWith('Kota ')).map((r) => r.replace(/^Kota (Administrasi )?/, ''));
const kabupaten = regencies.filter((r) => r.startsWith('Kabupaten ')).map((r) => r.replace(/^Kabupaten (Administrasi )?/, ''));

const out = {
  source: 'idn-area-data',
  provinces: [...new Set(provinces)].sort(),
  cities: [...new Set(cities)].sort(),
  regencies: [...new Set(kabupaten)].sort(),
};
writeFileSync(new URL('../src/gazetteers/id-areas.json', import.meta.url), `${JSON.stringify(out, null, 1)}\n`);
console.log(`provinces ${out.provinces.length}, cities ${out.cities.length}, regencies ${out.regencies.length}`);
