using System.Text.Json.Nodes;

namespace DockingGraph.Snapshot.Shapes;

/// <summary>
/// Reads the serializer field lists from LL2's OpenAPI file and from the corpus' compact schemas.json.
/// </summary>
public static class ShapeCatalogJson
{
    public static ShapeCatalog FromOpenApi(JsonObject openApi, IEnumerable<string> roots)
    {
        var schemas = openApi["components"]!["schemas"]!.AsObject();
        var shapes = new SortedDictionary<string, IReadOnlyList<ShapeField>>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots);
        while (pending.TryPop(out var name))
        {
            if (shapes.ContainsKey(name) || schemas[name]?["properties"] is not JsonObject properties)
            {
                continue;
            }

            var fields = properties.Select(p => ToField(p.Key, p.Value!.AsObject())).ToList();
            shapes[name] = fields;
            foreach (var nested in fields.Where(f => f.Shape is not null))
            {
                pending.Push(nested.Shape!);
            }
        }

        return new ShapeCatalog(shapes);
    }

    public static ShapeCatalog FromCompact(JsonObject compact) =>
        new(compact.ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<ShapeField>)s.Value!.AsArray().Select(f => new ShapeField(
                (string)f!["name"]!,
                (string?)f["shape"],
                (bool?)f["array"] ?? false,
                (string?)f["default"])).ToList()));

    public static JsonObject ToCompact(ShapeCatalog catalog)
    {
        var result = new JsonObject();
        foreach (var (name, fields) in catalog.Shapes)
        {
            result[name] = new JsonArray(fields.Select(f =>
            {
                var o = new JsonObject { ["name"] = f.Name };
                if (f.Shape is not null) o["shape"] = f.Shape;
                if (f.IsArray) o["array"] = true;
                if (f.Default is not null) o["default"] = f.Default;
                return (JsonNode)o;
            }).ToArray());
        }

        return result;
    }

    private static ShapeField ToField(string name, JsonObject property)
    {
        if (name == "response_mode" && property["default"] is JsonValue mode)
        {
            return new ShapeField(name, Default: (string)mode!);
        }

        var (reference, isArray) = property switch
        {
            _ when property["$ref"] is JsonValue r => ((string?)r, false),
            _ when property["allOf"] is JsonArray { Count: 1 } all && all[0]?["$ref"] is JsonValue r => ((string?)r, false),
            _ when (string?)property["type"] == "array" && property["items"]?["$ref"] is JsonValue r => ((string?)r, true),
            _ => (null, false),
        };
        return new ShapeField(name, reference?.Split('/')[^1], isArray);
    }
}
