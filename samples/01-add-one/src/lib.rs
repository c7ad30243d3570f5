extern "C" {
    fn logit();
}

#[no_mangle]
pub unsafe extern fn add_one(a: u32) -> u32 {
    logit();
    a + 1
}
