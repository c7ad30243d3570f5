#[link_section = "hello"]
pub static SECTION: [u8; 24] = *b"This is a custom section";
