# Multi-stage build of the gateway and of the LL2 snapshot upstream.
# Not built on the development machines (no Docker engine there); docker-compose.yml is checked with `docker-compose config`.

# Banana Cake Pop from npm (ChilliCream License 1.0; its LICENSE travels with the files).
FROM node:20-bookworm-slim AS ide
WORKDIR /ide
COPY src/DockingGraph.Gateway/Ide/npm/package.json src/DockingGraph.Gateway/Ide/npm/package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
COPY --from=ide /ide/node_modules src/DockingGraph.Gateway/Ide/npm/node_modules
RUN dotnet publish src/DockingGraph.Gateway -c Release -o /out/gateway \
 && dotnet publish src/DockingGraph.Snapshot -c Release -o /out/snapshot

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS gateway
WORKDIR /app
COPY --from=build /out/gateway .
ENV ASPNETCORE_URLS=http://0.0.0.0:8080
EXPOSE 8080
USER app
ENTRYPOINT ["dotnet", "DockingGraph.Gateway.dll"]

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS snapshot
WORKDIR /app
COPY --from=build /out/snapshot .
EXPOSE 5100
USER app
ENTRYPOINT ["dotnet", "DockingGraph.Snapshot.dll", "--urls", "http://0.0.0.0:5100"]
