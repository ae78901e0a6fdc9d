// The datapackage package ships no types; the tests use only Package.load and its validation result.
declare module 'datapackage' {
  interface Package {
    valid: boolean;
    errors: Error[];
  }
  const datapackage: {
    Package: { load(descriptor: object, options?: { basePath?: string }): Promise<Package> };
  };
  export default datapackage;
}
