//! Embeds the Fluent files of `locales/<locale>/*.ftl` and the fonts of `assets/fonts/`.
//!
//! Which locales exist is data (`assets/data/languages.toml`), so the list of files cannot be
//! written by hand in `include_str!` calls: this script lists the folders and writes the table.
//! The engine then checks, at start-up and in a test, that every covered language has its file.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

fn main() {
    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let root = manifest
        .parent()
        .and_then(Path::parent)
        .expect("crates/documents sits two levels below the workspace root");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    // Watched paths are given relative to this package: Cargo resolves them against the package
    // being built, so a build cache shared by two checkouts (CI's cache, a worktree) sees changes
    // in the checkout it builds. Absolute paths would keep watching the first checkout; and the
    // generated tables name their files through `in_checkout`, for the same reason.
    let watch = |path: &Path| {
        let rel = path.strip_prefix(root).expect("under the workspace root");
        println!("cargo::rerun-if-changed=../../{}", rel.display());
    };

    // Fluent files: (locale, resource name, text).
    let locales = root.join("locales");
    watch(&locales);
    let mut rows = Vec::new();
    if let Ok(entries) = fs::read_dir(&locales) {
        let mut dirs: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.is_dir())
            .collect();
        dirs.sort();
        for dir in dirs {
            watch(&dir);
            let locale = dir.file_name().unwrap().to_string_lossy().into_owned();
            let mut files: Vec<_> = fs::read_dir(&dir)
                .unwrap()
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
                .collect();
            files.sort();
            for file in files {
                watch(&file);
                let resource = file.file_stem().unwrap().to_string_lossy().into_owned();
                rows.push(format!(
                    "    ({locale:?}, {resource:?}, include_str!({})),\n",
                    in_checkout(root, &file)
                ));
            }
        }
    }
    let table = format!("/// (locale folder, resource name, Fluent source)\npub(crate) static FTL_FILES: &[(&str, &str, &str)] = &[\n{}];\n", rows.concat());
    fs::write(out.join("ftl_files.rs"), table).unwrap();

    // Fonts: every .ttf, .otf and .ttc file in assets/fonts/.
    let fonts = root.join("assets").join("fonts");
    watch(&fonts);
    let mut font_rows = Vec::new();
    if let Ok(entries) = fs::read_dir(&fonts) {
        let mut files: Vec<_> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|x| x == "ttf" || x == "otf" || x == "ttc")
            })
            .collect();
        files.sort();
        for file in files {
            watch(&file);
            let name = file.file_name().unwrap().to_string_lossy().into_owned();
            font_rows.push(format!(
                "    ({name:?}, include_bytes!({})),\n",
                in_checkout(root, &file)
            ));
        }
    }
    let table = format!(
        "/// (file name, font data)\npub(crate) static FONT_FILES: &[(&str, &[u8])] = &[\n{}];\n",
        font_rows.concat()
    );
    fs::write(out.join("font_files.rs"), table).unwrap();
}

/// The expression for `path` in the checkout being compiled: `CARGO_MANIFEST_DIR` is read when
/// the crate compiles, not when this script ran, so a table generated in another checkout that
/// shares the build cache still embeds this checkout's files.
fn in_checkout(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).expect("under the workspace root");
    format!(
        "concat!(env!(\"CARGO_MANIFEST_DIR\"), {:?})",
        format!("/../../{}", rel.display())
    )
}
