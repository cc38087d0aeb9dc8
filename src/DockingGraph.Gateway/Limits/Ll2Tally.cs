namespace DockingGraph.Gateway.Limits;

/// <summary>
/// LL2 calls of a selection, relative to one object it is selected on: calls this object causes itself (a set, so
/// aliases with the same arguments count once), calls once per request (tables), and calls of the objects below it,
/// already multiplied by how many there are.
/// </summary>
public sealed class Ll2Tally
{
    private const string LaunchBatch = "launches";

    public HashSet<string> Own { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OncePerRequest { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, double> Below { get; } = new(StringComparer.Ordinal);

    /// <summary>The most distinct parents a call kind can have (per-station calls: 15).</summary>
    public Dictionary<string, int> Caps { get; } = new(StringComparer.Ordinal);

    /// <summary>Adds the tally of <paramref name="count"/> objects below this one.</summary>
    public void AddBelow(Ll2Tally child, double count)
    {
        foreach (var kind in child.Own)
        {
            Add(kind, count);
        }

        foreach (var (kind, calls) in child.Below)
        {
            Add(kind, calls * count);
        }

        Merge(child);
    }

    /// <summary>Another selection on the same object (a fragment, an inline fragment).</summary>
    public void AddSameObject(Ll2Tally other)
    {
        Own.UnionWith(other.Own);
        foreach (var (kind, calls) in other.Below)
        {
            Add(kind, calls);
        }

        Merge(other);
    }

    /// <summary>A field repeated under another alias with the same arguments: LL2 answers the same URLs once.</summary>
    public void MaxWith(Ll2Tally other)
    {
        Own.UnionWith(other.Own);
        foreach (var (kind, calls) in other.Below)
        {
            Below[kind] = Math.Max(Below.GetValueOrDefault(kind), calls);
        }

        Merge(other);
    }

    /// <summary>The estimate for a request whose root is this tally's object.</summary>
    public int Estimate()
    {
        double total = OncePerRequest.Count, launches = 0;
        foreach (var kind in Own)
        {
            _ = IsLaunch(kind) ? launches++ : total++;
        }

        foreach (var (kind, calls) in Below)
        {
            if (IsLaunch(kind))
            {
                launches += calls;
            }
            else
            {
                total += Caps.TryGetValue(kind, out var cap) ? Math.Min(calls, cap) : calls;
            }
        }

        total += Math.Ceiling(launches / Ll2CallTable.LaunchBatchSize);
        return total >= int.MaxValue ? int.MaxValue : (int)Math.Ceiling(total);
    }

    /// <summary>The batch slot of a launch: "launches" for a parent's launch, "launches:&lt;id&gt;" for launch(id:).</summary>
    public static string LaunchSlot(string? id = null) => id is null ? LaunchBatch : $"{LaunchBatch}:{id}";

    private static bool IsLaunch(string kind) => kind.StartsWith(LaunchBatch, StringComparison.Ordinal);

    private void Add(string kind, double calls) => Below[kind] = Math.Min(Below.GetValueOrDefault(kind) + calls, 1e15);

    private void Merge(Ll2Tally other)
    {
        OncePerRequest.UnionWith(other.OncePerRequest);
        foreach (var (kind, cap) in other.Caps)
        {
            Caps[kind] = cap;
        }
    }
}
