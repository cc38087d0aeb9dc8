using DockingGraph.Gateway;

// Serves http://localhost:5000/graphql (or --urls); LL2 from LaunchLibrary:BaseUrl, else the embedded snapshot.
await using var app = GatewayApp.Create(args);
await app.RunAsync();
