// src/lib.rs as the article writes it (with the wasm-bindgen crate):
//
//     use wasm_bindgen::prelude::*;
//
//     #[wasm_bindgen]
//     extern "C" {
//         #[wasm_bindgen(js_namespace = console)]
//         fn log(s: &str);
//     }
//
//     #[wasm_bindgen]
//     pub fn say_hello(name: &str) {
//         log(&format!("Hello, {}!", name));
//     }
//
// wasm-bindgen cannot be built here (no crates registry), so this file is that code with the macro's output
// written out, as the article shows it expanded: the generated export wrapper that turns the (pointer, length)
// pair from JS into a Box<str> (RefFromWasmAbi for str), the console.log import in module "wbg", and the two
// allocation exports the JS glue calls (__wbindgen_malloc / __wbindgen_realloc).
use std::alloc::{alloc, realloc, Layout};

#[link(wasm_import_module = "wbg")]
extern "C" {
    #[link_name = "__wbg_log_a4530b4fe289336f"]
    fn __wbg_log(ptr: *const u8, len: usize);
}

fn log(s: &str) {
    unsafe { __wbg_log(s.as_ptr(), s.len()) }
}

pub fn say_hello(name: &str) {
    log(&format!("Hello, {}!", name));
}

/// What wasm-bindgen calls `WasmSlice`: a (pointer, length) pair, passed as two i32 parameters.
#[repr(C)]
pub struct WasmSlice {
    pub ptr: u32,
    pub len: u32,
}

unsafe fn ref_from_abi(js: WasmSlice) -> Box<str> {
    let bytes = Vec::from_raw_parts(js.ptr as *mut u8, js.len as usize, js.len as usize);
    String::from_utf8_unchecked(bytes).into_boxed_str()
}

#[allow(non_snake_case)]
#[export_name = "say_hello"]
pub extern "C" fn __wasm_bindgen_generated_say_hello(arg0: WasmSlice) {
    let arg0 = unsafe { ref_from_abi(arg0) };
    say_hello(&*arg0)
}

#[no_mangle]
pub extern "C" fn __wbindgen_malloc(size: usize) -> *mut u8 {
    let align = std::mem::align_of::<usize>();
    if size == 0 {
        return align as *mut u8;
    }
    match Layout::from_size_align(size, align) {
        Ok(layout) => unsafe { alloc(layout) },
        Err(_) => std::process::abort(),
    }
}

#[no_mangle]
pub unsafe extern "C" fn __wbindgen_realloc(ptr: *mut u8, old_size: usize, new_size: usize) -> *mut u8 {
    let align = std::mem::align_of::<usize>();
    let layout = Layout::from_size_align_unchecked(old_size, align);
    realloc(ptr, layout, new_size)
}
