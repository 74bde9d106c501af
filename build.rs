//! Minifies the stylesheet and the bundled dataset into OUT_DIR before they are compiled into the
//! wasm: comments and indentation are for people reading the sources, not for readers' downloads.

#[path = "build/minify.rs"]
mod minify;

use std::{env, fs, path::Path};

fn main() {
    let out = env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (source, minify) in
        [("assets/widget.css", minify::css as fn(&str) -> String), ("assets/careers.json", minify::json)]
    {
        println!("cargo::rerun-if-changed={source}");
        let text = fs::read_to_string(source).unwrap_or_else(|e| panic!("{source}: {e}"));
        let name = Path::new(source).file_name().unwrap();
        fs::write(Path::new(&out).join(name), minify(&text)).unwrap_or_else(|e| panic!("{source}: {e}"));
    }
    println!("cargo::rerun-if-changed=build/minify.rs");
}
