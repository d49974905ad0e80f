# One image for every service of the graph; docker-compose.yml picks the entry point per service.
FROM node:20-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/package.json ./
COPY --from=build /app/subgraphs ./subgraphs
COPY --from=build /app/tsconfig.build.json ./
USER node
CMD ["node", "dist/gateway/src/index.js"]
