/** Sweden's 21 counties (län) with their official codes (SCB länskod), the hub's regions. */
export const SWEDISH_COUNTIES: ReadonlyArray<{ code: string; name: string }> = [
  { code: '01', name: 'Stockholms län' },
  { code: '03', name: 'Uppsala län' },
  { code: '04', name: 'Södermanlands län' },
  { code: '05', name: 'Östergötlands län' },
  { code: '06', name: 'Jönköpings län' },
  { code: '07', name: 'Kronobergs län' },
  { code: '08', name: 'Kalmar län' },
  { code: '09', name: 'Gotlands län' },
  { code: '10', name: 'Blekinge län' },
  { code: '12', name: 'Skåne län' },
  { code: '13', name: 'Hallands län' },
  { code: '14', name: 'Västra Götalands län' },
  { code: '17', name: 'Värmlands län' },
  { code: '18', name: 'Örebro län' },
  { code: '19', name: 'Västmanlands län' },
  { code: '20', name: 'Dalarnas län' },
  { code: '21', name: 'Gävleborgs län' },
  { code: '22', name: 'Västernorrlands län' },
  { code: '23', name: 'Jämtlands län' },
  { code: '24', name: 'Västerbottens län' },
  { code: '25', name: 'Norrbottens län' },
];

/** Accepts a county's code or name (case-insensitive, "län" optional); returns its official name. */
export function findCounty(input: string): string | undefined {
  const wanted = input.trim().toLocaleLowerCase('sv');
  const county = SWEDISH_COUNTIES.find(
    ({ code, name }) =>
      code === wanted || name.toLocaleLowerCase('sv') === wanted || name.toLocaleLowerCase('sv').replace(/ län$/, '') === wanted,
  );
  return county?.name;
}
