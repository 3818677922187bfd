"""`roles` command: list the role profiles the Relevant criterion reads.

    python -m checker roles [--roles FILE] [--json]
"""
from __future__ import annotations

from checker.cli import dump_json
from checker.relevance import list_roles, resolve_roles


def register(sub) -> None:
    roles = sub.add_parser("roles", help="list the role profiles",
                           description="List the role profiles used for the Relevant criterion.")
    roles.add_argument("--roles", metavar="FILE", help="your own roles file (YAML or JSON)")
    roles.add_argument("--json", action="store_true", help="print the profiles as JSON")
    roles.set_defaults(handler=run_roles)


def run_roles(args) -> int:
    profiles = list_roles(resolve_roles(args.roles) if args.roles else None)
    if args.json:
        dump_json(profiles)
        return 0
    for r in profiles:
        print(f"{r['id']:<18} {r['name']['zh']} / {r['name']['en']}")
        if r["duties"]["zh"]:
            print(f"{'':<18} 职责：{'；'.join(r['duties']['zh'])}")
        if r["duties"]["en"]:
            print(f"{'':<18} duties: {'; '.join(r['duties']['en'])}")
    return 0
