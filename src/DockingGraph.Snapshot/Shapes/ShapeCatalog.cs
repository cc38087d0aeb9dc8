using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Shapes;

/// <summary>
/// LL2's serializers as field lists, taken from LL2's own OpenAPI file. Projecting a stored object through a
/// serializer keeps exactly that serializer's fields, in its order, recursing into nested serializers; a field the
/// stored object lacks comes out as null. This is how one stored docking event is served in normal and detailed mode.
/// </summary>
public sealed class ShapeCatalog(IReadOnlyDictionary<string, IReadOnlyList<ShapeField>> shapes)
{
    public IReadOnlyDictionary<string, IReadOnlyList<ShapeField>> Shapes { get; } = shapes;

    public bool Contains(string shape) => Shapes.ContainsKey(shape);

    public JsonObject Project(JsonObject source, string shape)
    {
        if (!Shapes.TryGetValue(shape, out var fields))
        {
            throw new KeyNotFoundException($"Unknown LL2 serializer '{shape}'.");
        }

        var result = new JsonObject();
        foreach (var field in fields)
        {
            result[field.Name] = ProjectValue(field, source[field.Name]);
        }

        return result;
    }

    private JsonNode? ProjectValue(ShapeField field, JsonNode? value)
    {
        if (field.Default is not null)
        {
            // response_mode: LL2 writes the serializer's own mode, whatever the stored copy said.
            return JsonValue.Create(field.Default);
        }

        if (value is null)
        {
            return null;
        }

        if (field.Shape is null || !Shapes.ContainsKey(field.Shape))
        {
            return value.DeepClone();
        }

        return value switch
        {
            JsonArray items when field.IsArray => new JsonArray(items.Select(i => i is JsonObject o ? Project(o, field.Shape) : i?.DeepClone()).ToArray()),
            JsonObject obj when !field.IsArray => Project(obj, field.Shape),
            _ => value.DeepClone(),
        };
    }
}

/// <summary>
/// One serializer field: its name, the nested serializer it uses (if any) and a fixed value (response_mode).
/// </summary>
public sealed record ShapeField(string Name, string? Shape = null, bool IsArray = false, string? Default = null);
