// import a JS function called `foo` from the module `mod`
#[link(wasm_import_module = "mod")]
extern { fn foo(); }

// and one from the default module, "env"
extern { fn baz(); }

// export a Rust function called `bar`
#[no_mangle]
pub extern fn bar() { unsafe { foo(); baz(); } }
