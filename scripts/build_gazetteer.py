"""Build patterns/gazetteer.csv from the ONS / mySociety geography files.

Usage: python scripts/build_gazetteer.py ../shared/data/geography

Contains public sector information licensed under the Open Government Licence v3.0
(Office for National Statistics). Council names and codes from mySociety, CC BY 4.0.
"""
import csv
import sys
from pathlib import Path

HEADER = ["name", "type", "code", "pfa_code", "population"]


def main(src: Path, out: Path) -> None:
    rows = []
    for r in csv.DictReader(open(src / "police_force_areas_ew_2024.csv", encoding="utf-8")):
        name = r["pfa_name_ons"] or r["force_name"]
        code = r["pfa_code"]
        if name == "Metropolitan Police":
            name = "Metropolitan Police"
        if name.startswith("London, City of") or name == "London":
            name = "City of London"
        if code.startswith("S"):
            continue  # Police Scotland: the nation row below stands for it
        if not code:
            continue
        rows.append([name, "police_force_area", code, code, r["population_mid2023"]])
    pfa_of = {}
    for r in csv.DictReader(open(src / "lad_hierarchy_pfa_pop_mid2023.csv", encoding="utf-8")):
        rows.append([r["lad_name"], "local_authority", r["lad_code"], r["pfa_code"], r["population_mid2023"]])
        pfa_of[r["lad_code"]] = r["pfa_code"]
    for r in csv.DictReader(open(src / "ons_mye_mid2023_la_persons.csv", encoding="utf-8")):
        geo, name, code = r["geography"], r["name"], r["code"]
        if geo in ("County", "Metropolitan County"):
            rows.append([name.replace(" (Met County)", ""), "county", code, "", r["population_mid2023"]])
        elif geo == "Region":
            nice = {"EAST": "East of England", "YORKSHIRE AND THE HUMBER": "Yorkshire and The Humber"}.get(
                name, name.title())
            rows.append([nice, "region", code, "", r["population_mid2023"]])
        elif geo == "Country":
            nice = {"ENGLAND AND WALES": "England and Wales"}.get(name, name.title())
            rows.append([nice, "nation", code, "", r["population_mid2023"]])
    # Scotland, Northern Ireland and the UK are not in the England-and-Wales files
    rows += [["Scotland", "nation", "S92000003", "", ""], ["Northern Ireland", "nation", "N92000002", "", ""],
             ["United Kingdom", "country", "K02000001", "", ""], ["Great Britain", "country", "K03000001", "", ""]]
    seen, out_rows = set(), []
    for row in rows:
        key = (row[0], row[1], row[2])
        if key not in seen:
            seen.add(key)
            out_rows.append(row)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        fh.write("# Built by scripts/build_gazetteer.py. Contains public sector information licensed under the\n")
        fh.write("# Open Government Licence v3.0 (Office for National Statistics); council names and codes\n")
        fh.write("# from mySociety, CC BY 4.0. Populations: ONS mid-2023 estimates.\n")
        w = csv.writer(fh)
        w.writerow(HEADER)
        w.writerows(out_rows)
    print(f"{len(out_rows)} areas -> {out}")


if __name__ == "__main__":
    main(Path(sys.argv[1]), Path(__file__).resolve().parent.parent / "patterns" / "gazetteer.csv")
