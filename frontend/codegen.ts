import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the contract; never from a live server, so the output depends on
// the repository alone and CI can regenerate it and compare.
const config: CodegenConfig = {
  schema: '../schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      presetConfig: {
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: false,
        scalars: { Time: 'string', Decimal: 'string' },
      },
    },
  },
};

export default config;
