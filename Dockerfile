# syntax=docker/dockerfile:1
#
# One image for every PASS Graph process: the six subgraphs, the gateway, and the stack tooling
# (dev keys, seeding). SERVICE — or the first argument — chooses the process:
#   docker build -t pass-graph .
#   docker run -e SERVICE=governance -e HOST=0.0.0.0 -e MONGODB_URI=… -e KAFKA_BROKERS=… -e PASS_INTERNAL_SECRET=… pass-graph
#   docker run pass-graph node packages/stack/dist/cli.js seed http://gateway:4000/graphql
# NODE_ENV=production by default: the platform then refuses to start without real secrets
# (PASS_INTERNAL_SECRET, PII_KEYS) and a real JWKS; docker-compose.yml runs it as a development stack.
# packages/stack/src/compose-sync.test.ts checks this file and docker-compose.yml against the local stack.

ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
ENV TURBO_TELEMETRY_DISABLED=1 NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# The npm of package.json's packageManager, which wrote package-lock.json (the image bundles an older one).
RUN npm install -g npm@11.19.1
# The manifests alone first: the dependency layer is reused until one of them changes.
COPY package.json package-lock.json ./
COPY packages/contracts/package.json packages/contracts/
COPY packages/platform/package.json packages/platform/
COPY packages/stack/package.json packages/stack/
COPY packages/devtools/package.json packages/devtools/
COPY packages/client/package.json packages/client/
COPY services/governance/package.json services/governance/
COPY services/staffing/package.json services/staffing/
COPY services/budgets/package.json services/budgets/
COPY services/care-services/package.json services/care-services/
COPY services/consulting/package.json services/consulting/
COPY services/outreach/package.json services/outreach/
COPY gateway/package.json gateway/
# No dependency needs its install script (the local checkouts run without them); this also keeps
# telemetry scripts from phoning home during the build.
RUN npm ci --ignore-scripts
COPY . .
# Build, then keep only production dependencies and what runs: no TypeScript sources or tests.
RUN npm run build \
 && npm prune --omit=dev --ignore-scripts \
 && rm -rf packages/*/src services/*/src gateway/src

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
WORKDIR /app
# Owned by root and read-only to the process, .infra included: production reads no key files
# (config.ts refuses them). Only the empty mount point of docker-compose.yml's dev-keys volume is the
# node user's (a fresh named volume takes its owner), so the development `keys` one-shot can write there.
COPY --from=build /app /app
RUN mkdir -p /app/.infra/auth && chown node:node /app/.infra/auth && chmod 755 /app/.infra
USER node
EXPOSE 4000 4001 4002 4003 4004 4005 4006
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 CMD ["node", "packages/stack/dist/container.js", "healthcheck"]
CMD ["node", "packages/stack/dist/container.js"]
