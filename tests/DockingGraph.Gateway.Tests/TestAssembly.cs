// WebApplicationFactory finds the Program's host through process-wide diagnostic events, so a host built at the same
// moment on another thread (a snapshot server, an OTLP stand-in, another gateway) can be caught instead. Test
// classes therefore run one after another in this assembly.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
