// Values vite.config.ts hands to the tests through `provide`.
declare module "vitest" {
  export interface ProvidedContext {
    localesDir: string;
    fixturesDir: string;
  }
}

export {};
