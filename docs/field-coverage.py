#!/usr/bin/env python3
"""Per node type: the share of LL2's detailed serializer fields (Corpus/schemas.json) the graph type exposes
(schema.graphql), and per object type (no global id; LL2's `id` stays `id`). `response_mode` is LL2's serializer
marker, not data, and is not counted; a node's LL2 `id` is `ll2Id`;
a flight's three crew lists are the `crew` object. Run from the repository root: python3 docs/field-coverage.py"""
import json
import re

SERIALIZERS = {
    "DockingEvent": "DockingEventEndpointDetailed", "DockingLocation": "DockingLocation",
    "SpaceStation": "SpaceStationDetailedEndpoint", "SpacecraftFlight": "SpacecraftFlightDetailed",
    "Spacecraft": "SpacecraftEndpointDetailed", "Launch": "LaunchDetailed", "Landing": "LandingEndpointDetailed",
}
# Object types (no global id), each against the fullest LL2 serializer it stands for.
OBJECTS = {
    "Pad": "Pad", "PadLocation": "Location", "Agency": "AgencyDetailed", "SpacecraftConfig": "SpacecraftConfigDetailed",
    "SpacecraftFamily": "SpacecraftConfigFamilyDetailed", "Astronaut": "AstronautEndpointDetailed",
    "AstronautFlight": "AstronautFlight", "Expedition": "ExpeditionDetailed", "Spacewalk": "SpacewalkList",
    "Mission": "Mission", "Orbit": "Orbit", "Rocket": "RocketDetailed", "LauncherConfig": "LauncherConfigDetailed",
    "Program": "ProgramNormal", "MissionPatch": "MissionPatch", "InfoUrl": "InfoURL", "VidUrl": "VidURL",
    "LaunchUpdate": "Update", "TimelineEvent": "TimelineEvent", "SocialMediaLink": "SocialMediaLink",
    "Country": "Country", "FirstStage": "FirstStageNormal", "Launcher": "LauncherNormal",
}
RENAMED = {"id": "ll2Id", "spacestation": "spaceStation", "spacecraftflight": "spacecraftFlight",
           "firststage": "firstStage", "payloadflight": "payloadFlight"}
PER_TYPE = {"SpaceStation": {"docking_location": "dockingLocations"}, "Expedition": {"spacestation": "spaceStation"},
            "Country": {"alpha_2_code": "alpha2Code", "alpha_3_code": "alpha3Code"},
            "SpacecraftFlight": {"launch_crew": "crew", "onboard_crew": "crew", "landing_crew": "crew"}}

schema = open("schema.graphql", encoding="utf-8").read()
shapes = json.load(open("src/DockingGraph.Snapshot/Corpus/schemas.json", encoding="utf-8"))
# Serializers the snapshot does not serve (LL2's astronauts/ endpoint) are read from LL2's OpenAPI file itself.
try:
    openapi = json.load(open("../shared/ll2/openapi/ll_2.3.0.json", encoding="utf-8"))["components"]["schemas"]
except OSError:
    openapi = {}


def graph_fields(type_name):
    found = re.search(r"^type %s\b[^{]*\{(.*?)^\}" % type_name, schema, re.S | re.M)
    if not found:
        return set()
    body = found.group(1)
    return {m.group(1) for m in re.finditer(r"^  (\w+)[(:]", body, re.M)}


def camel(node, name):
    if node in OBJECTS and name == "id":
        return "id"
    return PER_TYPE.get(node, {}).get(name) or RENAMED.get(name) or re.sub(r"_(\w)", lambda m: m.group(1).upper(), name)


def names(shape):
    if shape not in shapes:
        return list(openapi[shape]["properties"])
    fields = shapes[shape]
    return [f if isinstance(f, str) else (f.get("name") or f.get("n") or next(iter(f))) for f in fields] \
        if isinstance(fields, list) else list(fields)


print("| type | LL2 serializer | exposed | share | missing |")
print("|---|---|---|---|---|")
for node, shape in {**SERIALIZERS, **OBJECTS}.items():
    ll2 = [n for n in names(shape) if n != "response_mode"]
    exposed = graph_fields(node)
    have = [n for n in ll2 if camel(node, n) in exposed]
    missing = ", ".join(f"`{n}`" for n in ll2 if n not in have) or "–"
    print(f"| {node} | `{shape}` | {len(have)}/{len(ll2)} | {100 * len(have) // len(ll2)} % | {missing} |")
