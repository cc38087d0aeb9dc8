using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Common;

/// <summary>
/// LL2's small <c>{id, name}</c> lookup objects (statuses and types); some also carry abbrev and description.
/// </summary>
public abstract class Ll2LookupGraphType : ObjectGraphType<StatusDto>
{
    protected Ll2LookupGraphType(string name, string description, bool detailed = false)
    {
        Name = name;
        Description = description;
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        if (detailed)
        {
            Field(x => x.Abbrev, nullable: true);
            Field(x => x.Description, nullable: true);
        }
    }
}

public sealed class AgencyTypeGraphType() : Ll2LookupGraphType("AgencyType", "Government, Commercial, …");

public sealed class SpaceStationStatusGraphType() : Ll2LookupGraphType("SpaceStationStatus", "Active, De-Orbited, …");

public sealed class SpaceStationTypeGraphType() : Ll2LookupGraphType("SpaceStationType", "Government, Commercial, …");

public sealed class SpacecraftStatusGraphType() : Ll2LookupGraphType("SpacecraftStatus",
    "Active, Single Use, Destroyed, …");

public sealed class SpacecraftConfigTypeGraphType() : Ll2LookupGraphType("SpacecraftConfigType",
    "Capsule, Cargo Resupply, …");

public sealed class CelestialBodyTypeGraphType() : Ll2LookupGraphType("CelestialBodyType", "Planet, Moon, …");

public sealed class PayloadTypeGraphType() : Ll2LookupGraphType("PayloadType", "The kind of a payload.");

public sealed class ImageVariantTypeGraphType()
    : Ll2LookupGraphType("ImageVariantType", "The kind of an image variant.");

public sealed class LandingTypeGraphType() : Ll2LookupGraphType("LandingType",
    "Parachute Landing, Propulsive Landing, …", detailed: true);

public sealed class LaunchStatusGraphType()
    : Ll2LookupGraphType("LaunchStatus", "Go, Success, Failure, …", detailed: true);

public sealed class NetPrecisionGraphType() : Ll2LookupGraphType("NetPrecision",
    "How precise a launch's NET is: Second, Hour, Day, …", detailed: true);

public sealed class InfoUrlTypeGraphType() : Ll2LookupGraphType("InfoUrlType", "The kind of an information link.");

public sealed class VidUrlTypeGraphType() : Ll2LookupGraphType("VidUrlType", "Official Webcast, Replay, …");

public sealed class ProgramTypeGraphType() : Ll2LookupGraphType("ProgramType", "The kind of a program.");

public sealed class AstronautStatusGraphType() : Ll2LookupGraphType("AstronautStatus", "Active, Retired, …");

public sealed class AstronautTypeGraphType() : Ll2LookupGraphType("AstronautType", "Government, Private, …");

public sealed class LauncherStatusGraphType() : Ll2LookupGraphType("LauncherStatus", "Active, Expended, …");

public sealed class FirstStageTypeGraphType() : Ll2LookupGraphType("FirstStageType", "Core, Booster, …");
