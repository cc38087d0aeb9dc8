using System.Globalization;
using DockingGraph.LaunchLibrary.Dtos;

namespace DockingGraph.Gateway.DockingEvents.Mirror;

/// <summary>
/// django-filter's docking-event filters as LL2 declares them (S1): <c>docking__gt/gte/lt/lte</c> and the three
/// exact <c>…__id</c> filters. A parameter this does not know, or a value LL2 would refuse with a 400, makes the
/// query not answerable locally: it is pushed down and LL2 answers it as it always did.
/// </summary>
public static class LocalFilters
{
    public static Func<DockingEventDto, bool>? Parse(IReadOnlyDictionary<string, string> filters)
    {
        var tests = new List<Func<DockingEventDto, bool>>();
        foreach (var (parameter, value) in filters)
        {
            var test = parameter switch
            {
                "search" => Always,
                "docking__gt" => Docking(value, order => order > 0),
                "docking__gte" => Docking(value, order => order >= 0),
                "docking__lt" => Docking(value, order => order < 0),
                "docking__lte" => Docking(value, order => order <= 0),
                "docking_location__id" => Id(value, e => e.DockingLocation?.Id),
                "flight_vehicle_chaser__id" => Id(value, e => e.FlightVehicleChaser?.Id),
                "space_station_target__id" => Id(value, e => e.SpaceStationTarget?.Id),
                _ => null,
            };
            if (test is null)
            {
                return null;
            }

            tests.Add(test);
        }

        return e => tests.TrueForAll(test => test(e));
    }

    private static readonly Func<DockingEventDto, bool> Always = _ => true;

    // SQL: a comparison with a NULL docking is not true.
    private static Func<DockingEventDto, bool>? Docking(string value, Func<int, bool> holds) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var bound)
            ? e => e.Docking is { } docking && holds(docking.CompareTo(bound))
            : null;

    private static Func<DockingEventDto, bool>? Id(string value, Func<DockingEventDto, int?> select) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id)
            ? e => select(e) == id
            : null;
}
