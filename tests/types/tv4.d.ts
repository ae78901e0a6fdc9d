// tv4 (the JSON Schema validator inside `datapackage`) ships no types; the tests only register format checks on it.
declare module 'tv4' {
  const tv4: { addFormat(format: string, check: (value: unknown) => string | null): void };
  export default tv4;
}
