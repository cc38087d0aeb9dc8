using DockingGraph.Gateway.Common;
using DockingGraph.Gateway.Schema.Relay;
using DockingGraph.Gateway.Schema.Scalars;
using DockingGraph.LaunchLibrary.Dtos;
using DockingGraph.Gateway.DataLoading;
using DockingGraph.Gateway.DockingEvents.Mirror;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace DockingGraph.Gateway.Flights;

public sealed class SpacecraftGraphType : IntNodeGraphType<SpacecraftDto, SpacecraftByIdDataLoader>
{
    public SpacecraftGraphType()
        : base("Spacecraft", "A physical spacecraft (a serial number), which may fly several times.", s => s.Id,
            Ll2Shapes.Spacecraft)
    {
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.SerialNumber, nullable: true);
        Field(x => x.IsPlaceholder, nullable: true);
        Field<ImageGraphType>("image").Resolve(c => c.Source.Image);
        Field(x => x.InSpace, nullable: true);
        Field<DurationGraphType>("timeInSpace").Resolve(c => c.Source.TimeInSpace);
        Field<DurationGraphType>("timeDocked").Resolve(c => c.Source.TimeDocked);
        Field(x => x.FlightsCount, nullable: true);
        Field(x => x.MissionEndsCount, nullable: true);
        Field<SpacecraftStatusGraphType>("status").Resolve(c => c.Source.Status);
        Field(x => x.Description, nullable: true);
        Field<SpacecraftConfigGraphType>("spacecraftConfig").Resolve(c => c.Source.SpacecraftConfig);
        Field<DurationGraphType>("fastestTurnaround").Resolve(c => c.Source.FastestTurnaround);
        FieldOrLoad<ListGraphType<NonNullGraphType<SpacecraftFlightGraphType>>>("flights", s => s.Flights,
            "Every flight of this spacecraft, from LL2's spacecraft detail (one call per spacecraft; deduplicated).");
    }

    public override IDataLoaderResult<SpacecraftDto?> Lookup(IResolveFieldContext context, int key) =>
        LookupSpacecraft(context, key);

    /// <summary>
    /// The mirror's spacecraft (a chaser flight's) when it carries what the selection reads, else LL2's detail;
    /// its flights always load from the detail (<see cref="SpacecraftByIdDataLoader"/>).
    /// </summary>
    public static IDataLoaderResult<SpacecraftDto?> LookupSpacecraft(IResolveFieldContext context, int key) =>
        MirrorSelection.Spacecraft.Suffices(context)
            ? context.RequestServices!.GetRequiredService<SpacecraftLookupDataLoader>().Load(key)
            : context.RequestServices!.GetRequiredService<SpacecraftByIdDataLoader>().Load(key);
}
