//! The post-build trim of the seam between the glue and the wasm (`slim`), on small glues written
//! the way wasm-bindgen and Trunk's minifier write them, and on a small module built here.

use post_build::slim::{
    compiled_on_load, drop_classes, drop_shims, integrity, interface, keep_exports, loaded_files,
    set_integrity, short_helpers, short_locals, short_name, short_names, used_exports, Interface,
};
use std::collections::BTreeSet;
use wasm_encoder::{
    CodeSection, CustomSection, EntityType, ExportKind, ExportSection, Function, FunctionSection,
    ImportSection, Instruction, MemorySection, MemoryType, Module, TypeSection,
};

const REGISTRY: &str = "\"u\"<typeof FinalizationRegistry?{register:()=>{},unregister:()=>{}}:new FinalizationRegistry";

/// A glue with one class, as wasm-bindgen writes it after minifying.
fn glue_with_class() -> String {
    format!(
        "let wasm;export class Sink{{free(){{wasm.__wbg_sink_free(this.p,0);}}get kind(){{return \"}}\";}}}}\
Symbol.dispose&&(Sink.prototype[Symbol.dispose]=Sink.prototype.free);\
let __wbindgen_enum_Kind=[\"bytes\"],SinkFinalization={REGISTRY}(e=>wasm.__wbg_sink_free(e,1));\
function f(){{return wasm.__wbindgen_malloc(1);}}"
    )
}

#[test]
fn classes_go_with_their_dispose_statement_and_registry() {
    let (js, names) = drop_classes(&glue_with_class()).unwrap();
    assert_eq!(names, ["Sink"]);
    assert_eq!(
        js,
        "let wasm;let __wbindgen_enum_Kind=[\"bytes\"];function f(){return wasm.__wbindgen_malloc(1);}"
    );
    // The registry first in its list: the comma after it goes.
    let first = format!(
        "let wasm;export class Sink{{}}Symbol.dispose&&(Sink.prototype[Symbol.dispose]=Sink.prototype.free);\
let SinkFinalization={REGISTRY}(e=>wasm.f(e,1)),x=1;"
    );
    assert_eq!(drop_classes(&first).unwrap().0, "let wasm;let x=1;");
    // Classes with no methods (their exports left out at link time, tools/wasm-ld.sh): their
    // registries are the whole of a list, the last then alone in its statement, which goes.
    let empty = format!(
        "let wasm;export class A{{}}export class B{{}}\
Symbol.dispose&&(A.prototype[Symbol.dispose]=A.prototype.free);\
Symbol.dispose&&(B.prototype[Symbol.dispose]=B.prototype.free);\
let AFinalization={REGISTRY}(e=>wasm.a(e,1)),BFinalization={REGISTRY}(e=>wasm.b(e,1));function f(){{}}"
    );
    assert_eq!(
        drop_classes(&empty).unwrap(),
        (
            "let wasm;function f(){}".to_string(),
            vec!["A".into(), "B".into()]
        )
    );
    // No class: nothing changes.
    let plain = "let wasm;function f(){return wasm.a(1);}";
    assert_eq!(drop_classes(plain).unwrap(), (plain.to_string(), vec![]));
}

#[test]
fn a_class_without_what_comes_with_it_stops_the_step() {
    let glue = glue_with_class();
    for (missing, says) in [
        (
            "Symbol.dispose&&(Sink.prototype[Symbol.dispose]=Sink.prototype.free);",
            "Symbol.dispose&&(Sink",
        ),
        ("SinkFinalization=", "SinkFinalization="),
        ("}}Symbol", "does not parse"),
    ] {
        let broken = glue.replacen(missing, "", 1);
        let err = drop_classes(&broken).unwrap_err();
        assert!(err.contains(says), "without {missing}: {err}");
    }
}

#[test]
fn the_exports_the_glue_reads() {
    let js = "let wasm,wasmModule;wasm.memory.buffer;wasm.__wbindgen_malloc(1);x.wasm.no;wasmModule.y;wasm.a_b$1();wasm.";
    let used: Vec<String> = used_exports(js).into_iter().collect();
    assert_eq!(used, ["__wbindgen_malloc", "a_b$1", "memory"]);
}

#[test]
fn short_names_are_distinct_js_names() {
    let table = [
        (0, "a"),
        (25, "z"),
        (26, "A"),
        (51, "Z"),
        (52, "ab"),
        (53, "bb"),
        (104, "ac"),
    ];
    for (i, name) in table {
        assert_eq!(short_name(i), name, "{i}");
    }
    let names: BTreeSet<String> = (0..5000).map(short_name).collect();
    assert_eq!(names.len(), 5000);
    assert!(names
        .iter()
        .all(|n| n.len() <= 3 && n.chars().all(|c| c.is_ascii_alphabetic())));
}

/// A module with two function imports from one module, a memory and three exported functions.
fn module() -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function([], []);
    let mut imports = ImportSection::new();
    imports.import(
        "./x_bg.js",
        "__wbg_log_0123456789abcdef",
        EntityType::Function(0),
    );
    imports.import(
        "./x_bg.js",
        "__wbg_now_fedcba9876543210",
        EntityType::Function(0),
    );
    let mut functions = FunctionSection::new();
    let mut code = CodeSection::new();
    for callee in [0, 1, 0] {
        functions.function(0);
        let mut body = Function::new([]);
        body.instruction(&Instruction::Call(callee));
        body.instruction(&Instruction::End);
        code.function(&body);
    }
    let mut memory = MemorySection::new();
    memory.memory(MemoryType {
        minimum: 1,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    });
    let mut exports = ExportSection::new();
    exports.export("memory", ExportKind::Memory, 0);
    exports.export("__wbindgen_start", ExportKind::Func, 2);
    exports.export("closure_invoke_very_long_name", ExportKind::Func, 3);
    exports.export("main", ExportKind::Func, 4);
    let mut m = Module::new();
    m.section(&types)
        .section(&imports)
        .section(&functions)
        .section(&memory)
        .section(&exports)
        .section(&code)
        .section(&CustomSection {
            name: "producers".into(),
            data: b"rustc".as_slice().into(),
        });
    m.finish()
}

const GLUE: &str = "function __wbg_get_imports(){return{__proto__:null,\"./x_bg.js\":{__proto__:null,\
__wbg_log_0123456789abcdef:function(e){console.log(e)},__wbg_now_fedcba9876543210:function(){return Date.now()}}}}\
function go(){wasm.__wbindgen_start();wasm.closure_invoke_very_long_name();return wasm.memory.buffer}";

/// The names of the module's custom sections.
fn customs(wasm: &[u8]) -> Vec<String> {
    wasmparser::Parser::new(0)
        .parse_all(wasm)
        .filter_map(|p| match p.unwrap() {
            wasmparser::Payload::CustomSection(c) => Some(c.name().to_string()),
            _ => None,
        })
        .collect()
}

#[test]
fn exports_the_glue_does_not_read_are_dropped() {
    let (wasm, dropped) = keep_exports(&module(), &used_exports(GLUE)).unwrap();
    assert_eq!(dropped, ["main"]);
    let Interface { imports, exports } = interface(&wasm).unwrap();
    assert_eq!(
        exports,
        [
            "memory",
            "__wbindgen_start",
            "closure_invoke_very_long_name"
        ]
    );
    assert_eq!(imports.len(), 2);
    // wasm-opt, next, reads the features from the target features section: kept.
    assert_eq!(customs(&wasm), ["producers"]);
    wasmparser::validate(&wasm).unwrap();
}

#[test]
fn imports_modules_and_exports_get_short_names_in_both_files() {
    let (wasm, _) = keep_exports(&module(), &used_exports(GLUE)).unwrap();
    let (js, wasm) = short_names(GLUE, &wasm).unwrap();
    let Interface { imports, exports } = interface(&wasm).unwrap();
    assert_eq!(
        imports,
        [("a".into(), "a".into()), ("a".into(), "b".into())] as [(String, String); 2]
    );
    assert_eq!(exports, ["memory", "a", "b"]);
    assert!(customs(&wasm).is_empty());
    assert_eq!(
        js,
        "function __wbg_get_imports(){return{__proto__:null,a:{__proto__:null,\
a:function(e){console.log(e)},b:function(){return Date.now()}}}}\
function go(){wasm.a();wasm.b();return wasm.memory.buffer}"
    );
    wasmparser::validate(&wasm).unwrap();
}

#[test]
fn a_glue_that_does_not_match_the_wasm_stops_the_step() {
    let (wasm, _) = keep_exports(&module(), &used_exports(GLUE)).unwrap();
    for (from, to, says) in [
        (
            "\"./x_bg.js\":",
            "\"./y_bg.js\":",
            "import module \"./x_bg.js\"",
        ),
        (
            "__wbg_now_fedcba9876543210:",
            "now:",
            "import __wbg_now_fedcba9876543210",
        ),
        (
            ",__wbg_log",
            ",__wbg_log_0123456789abcdef:0,__wbg_log",
            "import __wbg_log_0123456789abcdef",
        ),
        (
            "wasm.closure_invoke_very_long_name()",
            "0",
            "export closure_invoke_very_long_name",
        ),
    ] {
        let err = short_names(&GLUE.replacen(from, to, 1), &wasm).unwrap_err();
        assert!(err.contains(says), "{from} → {to}: {err}");
    }
    assert!(short_names(GLUE, b"\0asm\x01\0\0\0\x02").is_err());
    // A second run would hand out the same names again.
    let (js, short) = short_names(GLUE, &wasm).unwrap();
    assert!(short_names(&js, &short)
        .unwrap_err()
        .contains("already has a short name"));
}

#[test]
fn the_loader_names_the_glue_and_the_wasm() {
    let page = "<script type=module>import init,*as bindings from\"./app-1a.js\";const wasm=await init({module_or_path:`./app-2b_bg.wasm`});</script>";
    assert_eq!(
        loaded_files(page).unwrap(),
        ("app-1a.js".to_string(), "app-2b_bg.wasm".to_string())
    );
    assert!(loaded_files("<script type=module>import init from\"./app.js\"</script>").is_err());
}

#[test]
fn integrity_hashes_are_written_again_for_the_changed_file() {
    let table = [
        (
            &b"abc"[..],
            "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn",
        ),
        (
            &b""[..],
            "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb",
        ),
    ];
    for (bytes, value) in table {
        assert_eq!(integrity(bytes), value);
    }
    let page = "<link href=./a.css integrity=sha384-A rel=stylesheet><link crossorigin href=./x.js integrity=sha384-B rel=modulepreload><link href=\"./x.js\" integrity=\"sha384-C\">";
    assert_eq!(
        set_integrity(page, "x.js", b"abc").unwrap(),
        "<link href=./a.css integrity=sha384-A rel=stylesheet><link crossorigin href=./x.js integrity=sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn rel=modulepreload><link href=\"./x.js\" integrity=\"sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn\">"
    );
    let err = set_integrity(page, "y.wasm", b"abc").unwrap_err();
    assert!(err.contains("y.wasm"), "{err}");
}

#[test]
fn functions_for_imports_the_wasm_no_longer_has_go() {
    let (wasm, _) = keep_exports(&module(), &used_exports(GLUE)).unwrap();
    let extra = GLUE.replace(
        "__proto__:null,__wbg_log",
        "__proto__:null,__wbg_gone_00:function(e,_){try{return {a:\"}\"}}finally{e()}},__wbg_log",
    );
    let (js, dropped) = drop_shims(&extra, &wasm).unwrap();
    assert_eq!(dropped, ["__wbg_gone_00"]);
    assert_eq!(js, GLUE);
    assert_eq!(drop_shims(GLUE, &wasm).unwrap(), (GLUE.to_string(), vec![]));
    let broken = extra.replace("finally{e()}}", "finally{e()}");
    assert!(drop_shims(&broken, &wasm)
        .unwrap_err()
        .contains("__wbg_gone_00"));
}

#[test]
fn the_glues_closure_functions_get_short_names() {
    let js = "function wasm_bindgen_0123456789abcdef___convert__closures___invoke___A_true_(e){wasm.wasm_bindgen_0123456789abcdef___convert__closures___invoke___A_true_(e)}\
function wasm_bindgen_0123456789abcdef___convert__closures___invoke___B_true_(e){}\
x(wasm_bindgen_0123456789abcdef___convert__closures___invoke___A_true_,wasm_bindgen_0123456789abcdef___convert__closures___invoke___B_true_);wasm_bindgen_plain();";
    assert_eq!(
        short_locals(js).unwrap(),
        "function $0(e){wasm.wasm_bindgen_0123456789abcdef___convert__closures___invoke___A_true_(e)}\
function $1(e){}x($0,$1);wasm_bindgen_plain();"
    );
    assert!(short_locals("let $0=1;").is_err());
}

#[test]
fn wasm_bindgens_helpers_get_short_names() {
    // As the minified glue writes them: declared once, called often, never a property's name.
    let js = "let wasm,cachedTextEncoder=new TextEncoder,WASM_VECTOR_LEN=0;\
function isLikeNone(e){return null==e}\
function handleError(e,t){try{return e.apply(this,t)}catch(e){wasm.g(e)}}\
const x={a:function(e){return isLikeNone(e)?0:handleError(f,[e,o.isLikeNone,WASM_VECTOR_LEN])}};\
cachedTextEncoder.encodeInto||(cachedTextEncoder.encodeInto=g);console.warn(\"failed to fetch Wasm\");";
    assert_eq!(
        short_helpers(js).unwrap(),
        // In the order of HELPERS: handleError, isLikeNone, WASM_VECTOR_LEN, cachedTextEncoder.
        "let wasm,$d=new TextEncoder,$c=0;\
function $b(e){return null==e}\
function $a(e,t){try{return e.apply(this,t)}catch(e){wasm.g(e)}}\
const x={a:function(e){return $b(e)?0:$a(f,[e,o.isLikeNone,$c])}};\
$d.encodeInto||($d.encodeInto=g);console.warn(\"failed to fetch Wasm\");"
    );
    // A glue without helpers is left as it is.
    assert_eq!(short_helpers("let x=1;").unwrap(), "let x=1;");
    // Names it cannot be sure of stop the step, naming them.
    for (glue, says) in [
        ("f(isLikeNone);", "uses isLikeNone but does not declare it"),
        (
            "function isLikeNone(e){}g(\"isLikeNone\");",
            "isLikeNone inside a string",
        ),
        ("function isLikeNone(e){}let $a=1;", "names like $a"),
    ] {
        let err = short_helpers(glue).unwrap_err();
        assert!(err.contains(says), "{glue}: {err}");
    }
}

#[test]
fn the_glue_starts_with_the_compile_hint_once() {
    let hinted = "//# allFunctionsCalledOnLoad\nlet wasm;function f(){}";
    assert_eq!(compiled_on_load("let wasm;function f(){}"), hinted);
    assert_eq!(compiled_on_load(hinted), hinted);
}
