"""stap's argv.stp and json.stp written in stap (see library.py).

argv.stp: `argc` is the number of script arguments and `argv[1..argc]` their
text, set before any of the script's begin probes run (a begin probe of the
lowest sequence number), so the script may still change them.

json.stp: the script registers metrics (json_add_numeric_metric, ...,
json_add_array and the metrics of an array's elements) and fills
/proc/systemtap/MODULE/data.json from its `probe json_data`, a procfs read
probe, with the json_output_* macros (json.stpm); the metric descriptions are
in /proc/systemtap/MODULE/metadata.json. The layout (two-space indents, an
array's elements as objects whose "__id" is the index) is json.stp's, the
text here is written for xtrace. Registering a metric twice, or writing one
twice in one read, is the script error it is in stap.
"""

from __future__ import annotations

JSON_FUNCS = ("json_set_prefix", "json_add_numeric_metric", "json_add_string_metric",
              "json_add_array", "json_add_array_numeric_metric", "json_add_array_string_metric")


def argv_library(nargs: int, source: str = "argv[] argc") -> str:
    """argv.stp for a script run with `nargs` arguments: argc, argv[] and the
    globals argv_1 ... argv_32 (an argument's text, "" past the last one), those
    of them `source` names (a tapset global written and never read would be
    dead code)."""
    import re
    named = {int(m.group(1)) for m in re.finditer(r"\bargv_([1-9][0-9]?)\b", source)} & set(range(1, 33))
    whole = bool(re.search(r"\bargv\b(?!_)", source))
    names = (["argc"] if re.search(r"\bargc\b", source) else []) + (["argv"] if whole else []) \
        + [f"argv_{i}" for i in sorted(named)]
    if not names:
        return ""
    decls = ", ".join(f"argc = {nargs}" if n == "argc" else n for n in names)
    sets = ""
    if whole:
        sets += "\targv[0] = \"\"\n\tdelete argv[0]\n"
        sets += "".join(f"\targv[{i}] = @{i}\n" for i in range(1, nargs + 1))
    # argv_N past the last argument is "" (its string type given by the assignment)
    sets += "".join(f"\targv_{i} = " + (f"@{i}" if i <= nargs else '""') + "\n" for i in sorted(named))
    return f"\nglobal {decls}\nprobe begin(-9223372036854775808) {{\n{sets}}}\n"


def _meta(tab: str, ind: str, name: str, ptr: str, type_: str, desc: str, units: str) -> str:
    """Statements appending one metric's description to the metadata.json text, a
    line at a time (each within MAXSTRINGLEN); `ind` is its indent in the file."""
    lines = [f'$value .= sprintf("{ind}{{\\n{ind}  \\"name\\": \\"%s\\",\\n", {name})',
             f'$value .= sprintf("{ind}  \\"pointer\\": \\"%s\\",\\n", {ptr})',
             f'$value .= sprintf("{ind}  \\"type\\": \\"%s\\"", {type_})',
             f'if ({desc} != "") $value .= sprintf(",\\n{ind}  \\"description\\": \\"%s\\"", {desc})',
             f'if ({units} != "") $value .= sprintf(",\\n{ind}  \\"units\\": \\"%s\\"", {units})',
             f'$value .= "\\n{ind}}}"']
    return "".join(f"{tab}{ln}\n" for ln in lines)


# The registry: a metric's type ("integer", "string", "array"), description,
# units and JSON pointer; an array's member metrics keyed by (array, metric).
JSON = r"""
global __xt_json_prefix = ""
global __xt_json_type, __xt_json_desc, __xt_json_units, __xt_json_ptr
global __xt_json_atype, __xt_json_adesc, __xt_json_aunits, __xt_json_aptr
global __xt_json_out, __xt_json_aout
function json_set_prefix:long (prefix:string) { __xt_json_prefix = prefix; return 0 }
function __xt_json_new (name:string, type:string, description:string, units:string) {
	if (name in __xt_json_type)
		error(sprintf("Metric '%s' already exists", name))
	__xt_json_type[name] = type
	__xt_json_desc[name] = description
	__xt_json_units[name] = units
	__xt_json_ptr[name] = "/" . name
}
function json_add_numeric_metric:long (name:string, description:string, units:string) {
	__xt_json_new(name, "integer", description, units)
	return 0
}
function json_add_string_metric:long (name:string, description:string) {
	__xt_json_new(name, "string", description, "")
	return 0
}
function __xt_json_anew (array:string, metric:string, type:string, description:string,
			 units:string) {
	if ([array, metric] in __xt_json_atype)
		error(sprintf("Array metric '%s' already exists in array %s", metric, array))
	__xt_json_atype[array, metric] = type
	__xt_json_adesc[array, metric] = description
	__xt_json_aunits[array, metric] = units
	__xt_json_aptr[array, metric] = "/" . metric
}
function json_add_array:long (name:string, description:string) {
	__xt_json_new(name, "array", description, "")
	__xt_json_anew(name, "__id", "string", "", "")
	return 0
}
function json_add_array_numeric_metric:long (array_name:string, metric_name:string,
					     metric_description:string, metric_units:string) {
	__xt_json_anew(array_name, metric_name, "integer", metric_description, metric_units)
	return 0
}
function json_add_array_string_metric:long (array_name:string, metric_name:string,
					    metric_description:string) {
	__xt_json_anew(array_name, metric_name, "string", metric_description, "")
	return 0
}
probe procfs("metadata.json").read.maxsize(8192) {
	$value = "{\n"
	if (__xt_json_prefix != "")
		$value .= sprintf("  \"prefix\": \"%s\",\n", __xt_json_prefix)
	$value .= "  \"metrics\": [\n"
	sep = ""
	foreach (m in __xt_json_type) {
		$value .= sep
		sep = ",\n"
		if (__xt_json_type[m] != "array") {
"""  + _meta("\t\t\t", "    ", "m", "__xt_json_ptr[m]", "__xt_json_type[m]", "__xt_json_desc[m]",
          "__xt_json_units[m]") + r"""			continue
		}
		$value .= sprintf("    {\n      \"name\": \"%s\",\n      \"pointer\": \"%s\",\n", m,
				  __xt_json_ptr[m])
		$value .= "      \"type\": \"array\",\n"
		if (__xt_json_desc[m] != "")
			$value .= sprintf("      \"description\": \"%s\",\n", __xt_json_desc[m])
		$value .= "      \"index\": \"/__id\",\n      \"metrics\": [\n"
		asep = ""
		foreach ([a, am] in __xt_json_atype) {
			if (a != m || am == "__id")
				continue
			$value .= asep
			asep = ",\n"
"""  + _meta("\t\t\t", "        ", "am", "__xt_json_aptr[a, am]", "__xt_json_atype[a, am]",
          "__xt_json_adesc[a, am]", "__xt_json_aunits[a, am]") + r"""
		}
		$value .= "\n      ]\n    }"
	}
	$value .= "\n  ]\n}\n"
}
probe json_data = procfs("data.json").read.maxsize(8192) { }
"""

# json.stpm: the macros a json_data probe writes its data with. The state of
# one read (a comma due, the array and element being written) is in the
# probe's locals, which start empty at every read.
JSON_MACROS = r"""@define __xt_json_once(name) %(
	if (@name in __xt_json_out)
		error(sprintf("Metric '%s' already output", @name))
	__xt_json_out[@name] = 1
%)
@define __xt_json_array_close %(
	if (__xt_json_arr != "") {
		$value .= "\n    }\n  ]"
		__xt_json_arr = ""
		__xt_json_idx = ""
		delete __xt_json_aout
	}
%)
@define __xt_json_member(name) %(
	@__xt_json_once(@name)
	@__xt_json_array_close
	if (__xt_json_comma)
		$value .= ",\n"
	__xt_json_comma = 1
%)
@define __xt_json_array_open(array_name, array_index) %(
	if (__xt_json_arr != @array_name) {
		@__xt_json_member(@array_name)
		$value .= sprintf("  \"%s\": [\n    {\n", @array_name)
		__xt_json_arr = @array_name
	}
	if (__xt_json_idx != @array_index) {
		if (@array_index in __xt_json_aout)
			error(sprintf("Array index '%s' already output for array metric %s",
				      @array_index, __xt_json_arr))
		__xt_json_aout[@array_index] = 1
		if (__xt_json_idx != "")
			$value .= "\n    },\n    {\n"
		__xt_json_idx = @array_index
		$value .= sprintf("      \"__id\": \"%s\"", @array_index)
	}
%)
@define json_output_data_start %(
	__xt_json_comma = 0
	__xt_json_arr = ""
	__xt_json_idx = ""
	$value = "{\n"
%)
@define json_output_string_value(name, value) %(
	@__xt_json_member(@name)
	$value .= sprintf("  \"%s\": \"%s\"", @name, @value)
%)
@define json_output_numeric_value(name, value) %(
	@__xt_json_member(@name)
	$value .= sprintf("  \"%s\": %d", @name, @value)
%)
@define json_output_array_string_value(array_name, array_index, metric_name, value) %(
	@__xt_json_array_open(@array_name, @array_index)
	$value .= sprintf(",\n      \"%s\": \"%s\"", @metric_name, @value)
%)
@define json_output_array_numeric_value(array_name, array_index, metric_name, value) %(
	@__xt_json_array_open(@array_name, @array_index)
	$value .= sprintf(",\n      \"%s\": %d", @metric_name, @value)
%)
@define json_output_data_end %(
	@__xt_json_array_close
	$value .= "\n}\n"
	__xt_json_comma = 0
	delete __xt_json_out
%)
"""
