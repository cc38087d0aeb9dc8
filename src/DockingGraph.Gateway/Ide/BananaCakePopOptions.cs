namespace DockingGraph.Gateway.Ide;

/// <summary>The <c>Ide</c> configuration section (Banana Cake Pop at /graphql/).</summary>
public sealed class BananaCakePopOptions
{
    public const string SectionName = "Ide";

    public bool Enabled { get; set; } = true;

    public string Title { get; set; } = "DockingGraph";

    /// <summary>Where the IDE's files are; default: bcp/ beside the gateway, else Ide/npm/node_modules/… of the project.</summary>
    public string? FilesPath { get; set; }

    /// <summary>The document the IDE opens with.</summary>
    public string Document { get; set; } = """
        # DockingGraph: Launch Library 2 docking events as one graph.
        # Run: Ctrl+Alt+Enter (or the Run button). One LL2 call answers this whole page.
        query LatestDockings {
          dockingEvents(first: 5, order: [{ docking: DESC }]) {
            totalCount
            nodes {
              docking
              departure
              dockingLocation { name spaceStation { name } }
              flightVehicleChaser { spacecraft { name } launch { name } }
            }
          }
        }
        """;
}
