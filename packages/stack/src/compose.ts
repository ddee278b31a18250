/**
 * Composes `schemas/<service>.graphql` into `schemas/supergraph.graphql` with
 * @apollo/composition. Hints must be accepted explicitly (`schemas/composition-hints.json`),
 * so a change that makes composition merely "work with warnings" is still seen in review.
 */
import fs from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { DEFAULT_PORTS, SERVICE_NAMES } from '@pass-graph/platform';

export interface Composition {
  supergraphSdl: string;
  hints: string[];
}

export const supergraphPath = (schemasDir: string): string => path.join(schemasDir, 'supergraph.graphql');
export const hintsPath = (schemasDir: string): string => path.join(schemasDir, 'composition-hints.json');

export function compose(schemasDir: string): Composition {
  const result = composeServices(
    SERVICE_NAMES.map((name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_PORTS[name]}/graphql`,
      typeDefs: parse(fs.readFileSync(path.join(schemasDir, `${name}.graphql`), 'utf8')),
    })),
  );
  if (result.errors) {
    throw new Error(`composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`);
  }
  return {
    supergraphSdl: `${result.supergraphSdl.trim()}\n`,
    hints: result.hints.map((h) => `${h.definition.code}: ${h.message}`).sort(),
  };
}

export function acceptedHints(schemasDir: string): string[] {
  const file = hintsPath(schemasDir);
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as string[]) : [];
}

export interface CompositionCheck {
  stale: boolean;
  unacceptedHints: string[];
}

export function checkComposition(schemasDir: string): CompositionCheck {
  const { supergraphSdl, hints } = compose(schemasDir);
  const current = fs.existsSync(supergraphPath(schemasDir)) ? fs.readFileSync(supergraphPath(schemasDir), 'utf8') : '';
  const accepted = new Set(acceptedHints(schemasDir));
  return { stale: current !== supergraphSdl, unacceptedHints: hints.filter((h) => !accepted.has(h)) };
}

export function writeComposition(schemasDir: string, acceptHints: boolean): Composition {
  const composition = compose(schemasDir);
  fs.writeFileSync(supergraphPath(schemasDir), composition.supergraphSdl);
  if (acceptHints) fs.writeFileSync(hintsPath(schemasDir), `${JSON.stringify(composition.hints, null, 2)}\n`);
  return composition;
}
