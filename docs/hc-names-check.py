#!/usr/bin/env python3
"""Hot Chocolate names a nested filter input after the field's output type (`pad: Pad` -> `PadFilterInput`, a list
`crew: [AstronautFlight!]` -> `ListFilterInputTypeOfAstronautFlightFilterInput`), one input per type. Prints every
field of an `XFilterInput` (X an output type) whose filter-input type is not that name, and every such field X lacks.
Usage: python3 docs/hc-names-check.py schema.graphql [TypeName ...]  (exit 1 on a mismatch)"""
import re
import sys

text = open(sys.argv[1], encoding="utf-8").read()
only = set(sys.argv[2:])


def blocks(kind):
    found = {}
    for name, body in re.findall(r"^%s (\w+)[^{]*\{(.*?)^\}" % kind, text, re.S | re.M):
        body = re.sub(r'"""(.*?)"""|"(?:[^"\\]|\\.)*"', "", body, flags=re.S)
        found[name] = dict(re.findall(r"^\s*(\w+)(?:\([^)]*\))?\s*:\s*([^\s]+)", body, re.M))
    return found


outputs, inputs = blocks("(?:type|interface)"), blocks("input")
problems = []
for name, fields in sorted(inputs.items()):
    if not name.endswith("FilterInput") or name.startswith("ListFilterInputTypeOf"):
        continue
    output = name[: -len("FilterInput")]
    if output not in outputs or (only and output not in only):
        continue
    for field, typ in sorted(fields.items()):
        base = typ.strip("[]!")
        if field in ("and", "or") or not base.endswith("FilterInput") or base.endswith("OperationFilterInput"):
            continue
        if field not in outputs[output]:
            problems.append(f"{name}.{field}: {base}, but {output} has no field {field}")
            continue
        out = outputs[output][field]
        element = out.strip("[]!")
        expected = f"ListFilterInputTypeOf{element}FilterInput" if out.lstrip().startswith("[") \
            else f"{element}FilterInput"
        if base != expected:
            problems.append(f"{name}.{field}: {base}, HC: {expected}")
        if base.startswith("ListFilterInputTypeOf"):
            inner = inputs.get(base, {})
            for op, op_type in inner.items():
                # HC's list filter: all/none/some take the item's input, any is a Boolean.
                if op_type.strip("[]!") != ("Boolean" if op == "any" else f"{element}FilterInput"):
                    problems.append(f"{base}.{op}: {op_type.strip('[]!')}, HC: {element}FilterInput")
print("\n".join(problems) or "ok")
sys.exit(1 if problems else 0)
