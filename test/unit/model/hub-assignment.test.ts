import {distance} from '@turf/turf';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {energyRole, statusClass} from '../../../src/model/energy-sites';
import {assignSites, assignSpokesToHubs, type SiteForAssignment} from '../../../src/model/hub-assignment';
import {shippedTables} from './shipped-data';

const hub = (id: string, position: [number, number] | null): SiteForAssignment => ({id, category: 'large_hydro', position});
const spoke = (id: string, position: [number, number] | null, category: SiteForAssignment['category'] = 'solar'): SiteForAssignment => ({
  id,
  category,
  position,
});

describe('assignSpokesToHubs', () => {
  it('links each spoke to the nearest hub by great-circle distance', () => {
    const {assignments} = assignSpokesToHubs([hub('H1', [72, 41]), hub('H2', [76, 42]), spoke('S1', [75.5, 42.1]), spoke('S2', [72.3, 41.2])]);
    expect(assignments.map((a) => [a.spokeId, a.hubId, a.reason])).toEqual([
      ['S1', 'H2', 'nearest'],
      ['S2', 'H1', 'nearest'],
    ]);
    expect(assignments[0]!.distanceKm).toBeCloseTo(distance([75.5, 42.1], [76, 42], {units: 'kilometers'}), 6);
  });

  it('measures on the sphere, not in degrees', () => {
    // At 42°N a degree of longitude is ~83 km, a degree of latitude ~111 km: 1.2° east is nearer than 1° north.
    const {assignments} = assignSpokesToHubs([hub('EAST', [75.2, 42]), hub('NORTH', [74, 43]), spoke('S', [74, 42])]);
    expect(assignments[0]!.hubId).toBe('EAST');
  });

  it('breaks ties by the lower hub id', () => {
    const {assignments} = assignSpokesToHubs([hub('H2', [75, 42]), hub('H1', [75, 42]), spoke('S', [74, 42])]);
    expect(assignments[0]!.hubId).toBe('H1');
  });

  it('gives a spoke without a location no hub, and draws nothing for it', () => {
    const {assignments} = assignSpokesToHubs([hub('H1', [72, 41]), spoke('S', null)]);
    expect(assignments[0]).toEqual({spokeId: 'S', hubId: null, distanceKm: null, reason: 'not-located'});
  });

  it('cannot link to a hub without a location', () => {
    const {assignments} = assignSpokesToHubs([hub('H1', null), spoke('S', [74, 42])]);
    expect(assignments[0]).toMatchObject({hubId: null, reason: 'no-hub'});
  });

  it('leaves thermal plants out: neither hub nor spoke', () => {
    const {assignments} = assignSpokesToHubs([hub('H1', [72, 41]), {id: 'T', category: 'thermal', position: [72, 41.1]}]);
    expect(assignments).toEqual([]);
  });

  it('applies a scenario override, including detaching a spoke', () => {
    const sites = [hub('H1', [72, 41]), hub('H2', [76, 42]), spoke('S1', [72.1, 41]), spoke('S2', [76.1, 42])];
    const {assignments, ignoredOverrides} = assignSpokesToHubs(sites, {S1: 'H2', S2: null});
    expect(assignments.map((a) => [a.spokeId, a.hubId, a.reason])).toEqual([
      ['S1', 'H2', 'override'],
      ['S2', null, 'override'],
    ]);
    expect(assignments[0]!.distanceKm).toBeGreaterThan(300);
    expect(ignoredOverrides).toEqual([]);
  });

  it('ignores and reports overrides that name no spoke or no hub', () => {
    const sites = [hub('H1', [72, 41]), spoke('S1', [72.1, 41])];
    const {assignments, ignoredOverrides} = assignSpokesToHubs(sites, {S1: 'S1', NOPE: 'H1', H1: 'H1'});
    expect(assignments[0]).toMatchObject({hubId: 'H1', reason: 'nearest'});
    expect(ignoredOverrides.sort()).toEqual(['H1', 'NOPE', 'S1']);
  });

  it('never picks a hub farther than another located hub (property)', () => {
    const point = fc.tuple(fc.double({min: 69.3, max: 80.2, noNaN: true}), fc.double({min: 39.3, max: 43.2, noNaN: true}));
    fc.assert(
      fc.property(fc.array(point, {minLength: 1, maxLength: 8}), fc.array(point, {minLength: 1, maxLength: 8}), (hubs, spokes) => {
        const sites = [...hubs.map((p, i) => hub(`H${i}`, p)), ...spokes.map((p, i) => spoke(`S${i}`, p))];
        for (const a of assignSpokesToHubs(sites).assignments) {
          const s = sites.find((x) => x.id === a.spokeId)!;
          for (const h of sites.filter((x) => x.id.startsWith('H')))
            expect(a.distanceKm!).toBeLessThanOrEqual(distance(s.position!, h.position!, {units: 'kilometers'}) + 1e-9);
        }
      }),
    );
  });
});

describe('the shipped energy sites', () => {
  const data = shippedTables();
  const sites = data.energySites;
  const {assignments, ignoredOverrides} = assignSites(sites);
  const hubOf = (id: string) => assignments.find((a) => a.spokeId === id)?.hubId;

  it('makes every large hydropower site a hub and solar, wind and small hydro spokes', () => {
    expect(sites.filter((s) => energyRole(s.category) === 'hub').map((s) => s.id)).toEqual([
      'EN01', 'EN02', 'EN03', 'EN04', 'EN05', 'EN06', 'EN07', 'EN09', 'EN10', 'EN11', 'EN12', 'EN13', 'EN14',
    ]);
    expect(sites.filter((s) => energyRole(s.category) === 'other').map((s) => s.id)).toEqual(['EN08']);
    expect(assignments).toHaveLength(16);
    expect(ignoredOverrides).toEqual([]);
  });

  it('assigns every located spoke and none of the two unlocated ones', () => {
    expect(assignments.filter((a) => a.hubId === null).map((a) => a.spokeId)).toEqual(['EN15', 'EN29']);
    expect(assignments.filter((a) => a.hubId !== null).every((a) => a.reason === 'nearest')).toBe(true);
  });

  it('gives the expected hubs for a few spokes (regression)', () => {
    expect(hubOf('EN25')).toBe('EN01'); // Bala-Saruu (Talas) → Toktogul
    expect(hubOf('EN26')).toBe('EN03'); // Aksy (Kerben proxy) → Tash-Kumyr
    expect(hubOf('EN22')).toBe('EN13'); // Ysyk-Ata-1 (Kant proxy) → Suusamyr-Kokomeren
    expect(hubOf('EN28')).toBe('EN12'); // Boz-Uchuk (Ak-Suu proxy) → Sary-Jaz
    expect(hubOf('EN16')).toBe(hubOf('EN17')); // the same settlement proxy, the same hub
  });

  it('reads every recorded status into a class', () => {
    expect(Object.fromEntries(sites.map((s) => [s.id, statusClass(s.status)]))).toMatchObject({
      EN01: 'operating',
      EN07: 'operating',
      EN09: 'construction',
      EN11: 'construction',
      EN15: 'planned',
      EN20: 'construction',
      EN25: 'operating',
    });
  });
});
