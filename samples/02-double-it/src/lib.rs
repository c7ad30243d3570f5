extern "C" {
    fn add_integers(a: i32, b: i32) -> i32;
}

#[no_mangle]
pub extern "C" fn double_it(x: i32) -> i32 {
    unsafe { add_integers(x, x) }
}
