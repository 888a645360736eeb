//! `data::ImageFolder` on folders made here: classes from subfolders, unreadable files left
//! out and named, batches and labels, a relabelling rule, and the errors a user meets.

mod common;
use wgtrain::data::ImageFolder;

fn folder(name: &str) -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("wgtrain-data-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn png(path: &std::path::Path, rgb: [u8; 3]) {
    image::RgbImage::from_pixel(5, 3, image::Rgb(rgb))
        .save(path)
        .unwrap();
}

#[test]
fn subfolders_are_classes_and_bad_files_are_skipped_by_name() {
    let root = folder("classes");
    for (class, colour) in [("cats", [255, 0, 0]), ("dogs", [0, 0, 255])] {
        std::fs::create_dir_all(root.join(class)).unwrap();
        for i in 0..3 {
            png(&root.join(class).join(format!("{i}.png")), colour);
        }
    }
    std::fs::write(root.join("dogs").join("broken.png"), b"not a png").unwrap();
    let mut data = ImageFolder::open(&root, 4).unwrap();
    assert_eq!(data.classes, ["cats", "dogs"]);
    assert_eq!(data.len(), 6);
    assert_eq!(data.labels, [0, 0, 0, 1, 1, 1]);
    assert_eq!(data.skipped.len(), 1);
    assert!(data.skipped[0].contains("broken.png"), "{:?}", data.skipped);
    let (x, y) = data.batch(common::gpu(), &[4, 0]).unwrap();
    assert_eq!(x.shape(), [2, 3, 4, 4]);
    assert_eq!(y.to_i32().unwrap(), [1, 0]);
    // a blue dog: red 0, blue 1 (resized from 5x3, every pixel the same colour)
    let v = x.value().to_f32().unwrap();
    assert_eq!((v[0], v[32]), (0.0, 1.0));
    let (train, held) = data.split(3);
    assert_eq!((train, held), (vec![1, 2, 4, 5], vec![0, 3]));
    data.relabel(&["blue", "red"], |_, img| (img[0] > 0.5) as usize)
        .unwrap();
    assert_eq!(data.labels, [1, 1, 1, 0, 0, 0]);
    let e = data.relabel(&["one"], |_, _| 1).unwrap_err().to_string();
    assert!(e.contains("class 1") && e.contains("1 classes"), "{e}");
    let e = data.batch(common::gpu(), &[6]).err().unwrap().to_string();
    assert!(e.contains("index 6"), "{e}");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn a_folder_without_images_is_named() {
    let root = folder("empty");
    std::fs::write(root.join("notes.txt"), b"no images").unwrap();
    let err = ImageFolder::open(&root, 8).err().unwrap();
    assert_eq!(err.kind(), wgtrain::ErrorKind::Data);
    let e = err.to_string();
    assert!(
        e.contains(&root.display().to_string()) && e.contains(".png"),
        "{e}"
    );
    let err = ImageFolder::open(&root.join("missing"), 8).err().unwrap();
    assert_eq!(err.kind(), wgtrain::ErrorKind::Io);
    let e = err.to_string();
    assert!(e.contains("missing"), "{e}");
    std::fs::remove_dir_all(&root).unwrap();
}
