using DockingGraph.Gateway.DataLoading;
using DockingGraph.LaunchLibrary.Dtos;
using GraphQL.Types;

namespace DockingGraph.Gateway.Common;

/// <summary>
/// LL2 embeds agencies in three forms: AgencyMini (<c>response_mode: list</c>: launch providers of normal launches,
/// astronauts, mission patches, programs), AgencyNormal (station owners, pads, detailed spacecraft configurations)
/// and AgencyDetailed (mission agencies, providers of detailed launches), the last two both with
/// <c>response_mode: normal</c>. A field the embedded form lacks is FIELD_NOT_EMBEDDED: the gateway reads no
/// <c>agencies/{id}/</c> (the snapshot does not serve it); a launch's provider is upgraded through its detailed launch.
/// </summary>
public sealed class AgencyGraphType : ObjectGraphType<AgencyDto>
{
    public static readonly IReadOnlySet<string> MiniFields = Ll2Shapes.Fields("AgencyMini");
    private static readonly IReadOnlySet<string> NormalFields = Ll2Shapes.Fields("AgencyNormal");

    public AgencyGraphType()
    {
        Name = "Agency";
        Description = "A space agency or company. LL2 embeds it as AgencyMini (id, url, name, abbrev, type), " +
            "AgencyNormal or AgencyDetailed (with launch and landing counts); a field the embedded form lacks is " +
            "an error (FIELD_NOT_EMBEDDED), not a null.";
        Field(x => x.Id, nullable: true);
        Field(x => x.Url, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Abbrev, nullable: true);
        Field<AgencyTypeGraphType>("type").Resolve(c => c.Source.Type);
        Embedded<BooleanGraphType>("featured", a => a.Featured);
        Embedded<ListGraphType<NonNullGraphType<CountryGraphType>>>("country", a => a.Country);
        Embedded<StringGraphType>("description", a => a.Description);
        Embedded<StringGraphType>("administrator", a => a.Administrator);
        Embedded<IntGraphType>("foundingYear", a => a.FoundingYear);
        Embedded<StringGraphType>("launchers", a => a.Launchers, "Launcher names, as LL2's text.");
        Embedded<StringGraphType>("spacecraft", a => a.Spacecraft, "Spacecraft names, as LL2's text.");
        Embedded<StringGraphType>("parent", a => a.Parent, "The parent agency's name, as LL2's text.");
        Embedded<ImageGraphType>("image", a => a.Image);
        Embedded<ImageGraphType>("logo", a => a.Logo);
        Embedded<ImageGraphType>("socialLogo", a => a.SocialLogo);
        Embedded<IntGraphType>("totalLaunchCount", a => a.TotalLaunchCount);
        Embedded<IntGraphType>("consecutiveSuccessfulLaunches", a => a.ConsecutiveSuccessfulLaunches);
        Embedded<IntGraphType>("successfulLaunches", a => a.SuccessfulLaunches);
        Embedded<IntGraphType>("failedLaunches", a => a.FailedLaunches);
        Embedded<IntGraphType>("pendingLaunches", a => a.PendingLaunches);
        Embedded<IntGraphType>("consecutiveSuccessfulLandings", a => a.ConsecutiveSuccessfulLandings);
        Embedded<IntGraphType>("successfulLandings", a => a.SuccessfulLandings);
        Embedded<IntGraphType>("failedLandings", a => a.FailedLandings);
        Embedded<IntGraphType>("attemptedLandings", a => a.AttemptedLandings);
        Embedded<IntGraphType>("successfulLandingsSpacecraft", a => a.SuccessfulLandingsSpacecraft);
        Embedded<IntGraphType>("failedLandingsSpacecraft", a => a.FailedLandingsSpacecraft);
        Embedded<IntGraphType>("attemptedLandingsSpacecraft", a => a.AttemptedLandingsSpacecraft);
        Embedded<IntGraphType>("successfulLandingsPayload", a => a.SuccessfulLandingsPayload);
        Embedded<IntGraphType>("failedLandingsPayload", a => a.FailedLandingsPayload);
        Embedded<IntGraphType>("attemptedLandingsPayload", a => a.AttemptedLandingsPayload);
        Embedded<StringGraphType>("infoUrl", a => a.InfoUrl);
        Embedded<StringGraphType>("wikiUrl", a => a.WikiUrl);
        Embedded<ListGraphType<NonNullGraphType<SocialMediaLinkGraphType>>>("socialMediaLinks",
            a => a.SocialMediaLinks);
    }

    /// <summary>Whether the agency's embedded form has <paramref name="ll2Field"/> (a null there is LL2's).</summary>
    public static bool Holds(AgencyDto agency, string ll2Field) =>
        agency.Serializer is { } serializer ? Ll2Shapes.Fields(serializer).Contains(ll2Field)
        : agency.ResponseMode == "list" ? MiniFields.Contains(ll2Field)
        // AgencyNormal and AgencyDetailed share response_mode "normal"; AgencyDetailed's counts are required,
        // non-nullable integers in LL2's OpenAPI, so a count tells the detailed form.
        : NormalFields.Contains(ll2Field) || agency.TotalLaunchCount is not null;

    /// <summary>Agencies LL2 writes as AgencyDetailed where they sit (mission agencies, detailed providers).</summary>
    public static IEnumerable<AgencyDto>? Detailed(IEnumerable<AgencyDto>? agencies) =>
        agencies?.Select(Detailed).OfType<AgencyDto>();

    public static AgencyDto? Detailed(AgencyDto? agency) =>
        agency is null ? null : agency with { Serializer = "AgencyDetailed" };

    private void Embedded<TGraphType>(string name, Func<AgencyDto, object?> select, string? description = null)
        where TGraphType : IGraphType
    {
        var ll2Field = ShortForm.SnakeCase(name);
        Field<TGraphType>(name).Description(description).Resolve(c => select(c.Source) ?? (Holds(c.Source, ll2Field)
            ? null
            : throw ShortForm.NotEmbedded("agency", ll2Field,
                c.Source.Serializer ?? (c.Source.ResponseMode == "list" ? "AgencyMini" : "AgencyNormal"),
                "agencies/{id}/")));
    }
}

public sealed class CountryGraphType : ObjectGraphType<CountryDto>
{
    public CountryGraphType()
    {
        Name = "Country";
        Field(x => x.Id, nullable: true);
        Field(x => x.Name, nullable: true);
        Field(x => x.Alpha2Code, nullable: true);
        Field(x => x.Alpha3Code, nullable: true);
        Field(x => x.NationalityName, nullable: true);
        Field(x => x.NationalityNameComposed, nullable: true);
    }
}
