/**
 * Typed operations of PASS Graph for front-end teams. Every `<Name>Document` is a TypedDocumentNode:
 * Apollo Client, urql, graphql-request and `ResultOf`/`VariablesOf` infer its result and variables.
 * Regenerate with `npm run codegen` after changing `gateway/assets/examples/*.graphql` or a subgraph SDL.
 */
export * from './generated/operations';
export type { ResultOf, VariablesOf, TypedDocumentNode } from '@graphql-typed-document-node/core';
