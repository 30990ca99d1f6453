"""The layering rules of ARCHITECTURE.md, checked on the source: no import cycles between the
package's modules (lazy imports inside functions count too), no private name imported from
another module, and no long functions in the components."""
import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "extractor"


def _modules() -> dict[str, Path]:
    out = {}
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE.parent).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts = parts[:-1]
        out[".".join(parts)] = path
    return out


def _imports(name: str, path: Path, modules: dict[str, Path]):
    """(imported module, imported names) for every import in the module, lazy ones included."""
    is_pkg = path.name == "__init__.py"
    package = name if is_pkg else name.rsplit(".", 1)[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if not target.startswith("extractor"):
                continue
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                yield (sub if sub in modules else target), alias.name
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name.startswith("extractor"):
                    yield alias.name, None


def test_no_private_names_are_imported_across_modules():
    modules = _modules()
    bad = [f"{name} imports {target}.{imported}" for name, path in modules.items()
           for target, imported in _imports(name, path, modules)
           if imported and imported.startswith("_") and target != name]
    assert bad == []


def test_no_import_cycles():
    modules = _modules()
    graph = {name: {t for t, _ in _imports(name, path, modules) if t in modules and t != name}
             for name, path in modules.items()}
    # a package's __init__ importing its own submodules is how factories register: not a cycle
    for name in list(graph):
        graph[name] = {t for t in graph[name] if not (t.startswith(name + ".") and modules[name].name == "__init__.py")}
    seen, stack, cycles = set(), [], []

    def visit(node):
        if node in stack:
            cycles.append(stack[stack.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        stack.append(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        stack.pop()

    for name in sorted(graph):
        visit(name)
    assert cycles == []


def test_no_long_functions_in_the_components():
    long = []
    for path in sorted((PACKAGE / "components").glob("*.py")) + [PACKAGE / "sentences.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.end_lineno - node.lineno + 1 > 60:
                long.append(f"{path.name}:{node.lineno} {node.name} ({node.end_lineno - node.lineno + 1} lines)")
    assert long == []


def test_no_module_level_regex_calls_with_fixed_patterns():
    """Fixed patterns are compiled once (module constants, rule files, or rules.rx), never passed
    as strings to regex.search & co. on every call."""
    calls = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and isinstance(node.func.value, ast.Name) and node.func.value.id in ("regex", "re")
                    and node.func.attr in ("search", "match", "fullmatch", "findall", "finditer", "sub", "split")
                    and node.args and isinstance(node.args[0], ast.Constant)):
                calls.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert calls == []


def test_no_module_defines_a_name_twice():
    """A second module-level definition silently replaces the first (rv12 found three)."""
    import ast
    from collections import Counter
    from pathlib import Path
    twice = []
    for path in sorted(Path(__file__).resolve().parents[1].joinpath("extractor").rglob("*.py")):
        names = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        twice += [f"{path.name}:{n}" for n, c in names.items() if c > 1]
    assert twice == []
