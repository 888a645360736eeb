//! Line charts as PNG (loss curves), drawn directly into pixels with a tiny 3x5 font, so no
//! plotting library or font file is needed.

use crate::error::Result;
use image::{Rgb, RgbImage};
use std::path::Path;

/// 3x5 glyphs, one row per byte (bit 2 = left column).
fn glyph(c: char) -> [u8; 5] {
    match c.to_ascii_uppercase() {
        '0' => [7, 5, 5, 5, 7],
        '1' => [2, 6, 2, 2, 7],
        '2' => [7, 1, 7, 4, 7],
        '3' => [7, 1, 7, 1, 7],
        '4' => [5, 5, 7, 1, 1],
        '5' => [7, 4, 7, 1, 7],
        '6' => [7, 4, 7, 5, 7],
        '7' => [7, 1, 1, 1, 1],
        '8' => [7, 5, 7, 5, 7],
        '9' => [7, 5, 7, 1, 7],
        '.' => [0, 0, 0, 0, 2],
        '-' => [0, 0, 7, 0, 0],
        '+' => [0, 2, 7, 2, 0],
        '/' => [1, 1, 2, 4, 4],
        '_' => [0, 0, 0, 0, 7],
        ':' => [0, 2, 0, 2, 0],
        ',' => [0, 0, 0, 2, 4],
        '\'' => [2, 2, 0, 0, 0],
        '!' => [2, 2, 2, 0, 2],
        '?' => [6, 1, 2, 0, 2],
        '<' => [1, 2, 4, 2, 1],
        '>' => [4, 2, 1, 2, 4],
        '(' => [1, 2, 2, 2, 1],
        ')' => [4, 2, 2, 2, 4],
        '=' => [0, 7, 0, 7, 0],
        '%' => [5, 1, 2, 4, 5],
        '#' => [5, 7, 5, 7, 5],
        'A' => [2, 5, 7, 5, 5],
        'B' => [6, 5, 6, 5, 6],
        'C' => [3, 4, 4, 4, 3],
        'D' => [6, 5, 5, 5, 6],
        'E' => [7, 4, 6, 4, 7],
        'F' => [7, 4, 6, 4, 4],
        'G' => [3, 4, 5, 5, 3],
        'H' => [5, 5, 7, 5, 5],
        'I' => [7, 2, 2, 2, 7],
        'J' => [1, 1, 1, 5, 2],
        'K' => [5, 5, 6, 5, 5],
        'L' => [4, 4, 4, 4, 7],
        'M' => [5, 7, 7, 5, 5],
        'N' => [6, 5, 5, 5, 5],
        'O' => [2, 5, 5, 5, 2],
        'P' => [6, 5, 6, 4, 4],
        'Q' => [2, 5, 5, 6, 3],
        'R' => [6, 5, 6, 5, 5],
        'S' => [3, 4, 2, 1, 6],
        'T' => [7, 2, 2, 2, 2],
        'U' => [5, 5, 5, 5, 7],
        'V' => [5, 5, 5, 5, 2],
        'W' => [5, 5, 7, 7, 5],
        'X' => [5, 5, 2, 5, 5],
        'Y' => [5, 5, 2, 2, 2],
        'Z' => [7, 1, 2, 4, 7],
        _ => [0, 0, 0, 0, 0],
    }
}

fn text(img: &mut RgbImage, x: i32, y: i32, s: &str, color: Rgb<u8>, scale: i32) {
    for (k, c) in s.chars().enumerate() {
        let g = glyph(c);
        for (row, bits) in g.iter().enumerate() {
            for col in 0..3 {
                if bits & (4 >> col) != 0 {
                    for dy in 0..scale {
                        for dx in 0..scale {
                            put(
                                img,
                                x + (k as i32 * 4 + col) * scale + dx,
                                y + row as i32 * scale + dy,
                                color,
                            );
                        }
                    }
                }
            }
        }
    }
}

fn put(img: &mut RgbImage, x: i32, y: i32, c: Rgb<u8>) {
    if x >= 0 && y >= 0 && (x as u32) < img.width() && (y as u32) < img.height() {
        img.put_pixel(x as u32, y as u32, c);
    }
}

fn line(img: &mut RgbImage, (x0, y0): (f64, f64), (x1, y1): (f64, f64), c: Rgb<u8>) {
    let steps = ((x1 - x0).abs().max((y1 - y0).abs()) as usize).max(1);
    for i in 0..=steps {
        let t = i as f64 / steps as f64;
        let (x, y) = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
        put(img, x.round() as i32, y.round() as i32, c);
        put(img, x.round() as i32, y.round() as i32 + 1, c);
    }
}

const COLORS: [[u8; 3]; 6] = [
    [31, 119, 180],
    [255, 127, 14],
    [44, 160, 44],
    [214, 39, 40],
    [148, 103, 189],
    [140, 86, 75],
];

/// Plot each named series of (x, y) points; `log_y` for losses spanning decades.
pub fn line_chart(
    path: &Path,
    title: &str,
    series: &[(String, Vec<(f64, f64)>)],
    log_y: bool,
) -> Result<()> {
    crate::io::image::save_png(path, &chart_image(900, 520, title, series, log_y))
}

/// One chart per (title, series, log_y) panel, `columns` across (matplotlib's subplots).
pub fn chart_panels(path: &Path, panels: &[ChartPanel], columns: usize) -> Result<()> {
    let (pw, ph) = (600u32, 340u32);
    let cols = columns.max(1) as u32;
    let rows = (panels.len() as u32).div_ceil(cols).max(1);
    let mut img = RgbImage::from_pixel(pw * cols, ph * rows, Rgb([255, 255, 255]));
    for (k, p) in panels.iter().enumerate() {
        let panel = chart_image(pw as i32, ph as i32, &p.title, &p.series, p.log_y);
        let (x0, y0) = ((k as u32 % cols) * pw, (k as u32 / cols) * ph);
        for (x, y, px) in panel.enumerate_pixels() {
            img.put_pixel(x0 + x, y0 + y, *px);
        }
    }
    crate::io::image::save_png(path, &img)
}

/// A panel of [`chart_panels`].
pub struct ChartPanel {
    pub title: String,
    pub series: Vec<(String, Vec<(f64, f64)>)>,
    pub log_y: bool,
}

/// Images `[3, side, side]` in [0, 1] (values outside are clipped) in a grid of `columns`,
/// each enlarged `zoom` times under its title (wrapped to the panel's width; '\n' breaks a
/// line), with an optional heading over the grid.
pub fn titled_grid(
    path: &Path,
    images: &[Vec<f32>],
    side: usize,
    titles: &[String],
    columns: usize,
    zoom: usize,
    heading: Option<&str>,
) -> Result<()> {
    const SCALE: i32 = 2;
    let cell = (side * zoom) as i32;
    let pad = 12i32;
    let per_line = ((cell + pad) / (4 * SCALE)).max(1) as usize;
    let wrapped: Vec<Vec<String>> = titles.iter().map(|t| wrap(t, per_line)).collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(0) as i32;
    let title_h = lines * 7 * SCALE + 6;
    let cols = columns.max(1) as i32;
    let rows = (images.len() as i32 + cols - 1) / cols;
    let head_h = if heading.is_some() { 12 * SCALE } else { 0 };
    let (w, h) = (
        cols * (cell + pad) + pad,
        head_h + rows.max(1) * (cell + title_h + pad) + pad,
    );
    let mut img = RgbImage::from_pixel(w as u32, h as u32, Rgb([255, 255, 255]));
    let black = Rgb([0, 0, 0]);
    if let Some(s) = heading {
        text(&mut img, pad, 6, s, black, SCALE + 1);
    }
    for (k, pixels) in images.iter().enumerate() {
        let (col, row) = (k as i32 % cols, k as i32 / cols);
        let x0 = pad + col * (cell + pad);
        let y0 = head_h + pad + row * (cell + title_h + pad);
        if let Some(lines) = wrapped.get(k) {
            for (i, l) in lines.iter().enumerate() {
                text(&mut img, x0, y0 + i as i32 * 7 * SCALE, l, black, SCALE);
            }
        }
        let plane = side * side;
        for y in 0..cell {
            for x in 0..cell {
                let (sy, sx) = (y as usize / zoom, x as usize / zoom);
                let at = |c: usize| {
                    let v = pixels
                        .get(c * plane + sy * side + sx)
                        .copied()
                        .unwrap_or(0.0);
                    (v.clamp(0.0, 1.0) * 255.0).round() as u8
                };
                put(
                    &mut img,
                    x0 + x,
                    y0 + title_h + y,
                    Rgb([at(0), at(1), at(2)]),
                );
            }
        }
    }
    crate::io::image::save_png(path, &img)
}

/// Greedy word wrap to at most `width` characters a line ('\n' forces a break; longer words
/// are cut).
fn wrap(s: &str, width: usize) -> Vec<String> {
    let mut out = vec![];
    for para in s.split('\n') {
        let mut line = String::new();
        for word in para.split_whitespace() {
            let mut word = word.to_string();
            while word.chars().count() > width {
                if !line.is_empty() {
                    out.push(std::mem::take(&mut line));
                }
                let head: String = word.chars().take(width).collect();
                word = word.chars().skip(width).collect();
                out.push(head);
            }
            if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                out.push(std::mem::take(&mut line));
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(&word);
        }
        out.push(line);
    }
    out
}

fn chart_image(
    w: i32,
    h: i32,
    title: &str,
    series: &[(String, Vec<(f64, f64)>)],
    log_y: bool,
) -> RgbImage {
    let (left, right, top, bottom) = (80.0, 20.0, 40.0, 40.0);
    let mut img = RgbImage::from_pixel(w as u32, h as u32, Rgb([255, 255, 255]));
    let ty = |y: f64| if log_y { y.max(1e-30).log10() } else { y };
    let pts = series
        .iter()
        .flat_map(|(_, p)| p.iter())
        .filter(|p| p.1.is_finite());
    let (mut x_lo, mut x_hi, mut y_lo, mut y_hi) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in pts {
        x_lo = x_lo.min(x);
        x_hi = x_hi.max(x);
        y_lo = y_lo.min(ty(y));
        y_hi = y_hi.max(ty(y));
    }
    let has_data = x_lo <= x_hi;
    if !has_data {
        (x_lo, x_hi, y_lo, y_hi) = (0.0, 1.0, 0.0, 1.0);
    }
    if x_hi == x_lo {
        x_hi = x_lo + 1.0;
    }
    if y_hi == y_lo {
        y_hi = y_lo + 1.0;
    }
    let (pw, ph) = (w as f64 - left - right, h as f64 - top - bottom);
    let px = |x: f64| left + (x - x_lo) / (x_hi - x_lo) * pw;
    let py = |y: f64| top + (1.0 - (ty(y) - y_lo) / (y_hi - y_lo)) * ph;
    let grey = Rgb([220, 220, 220]);
    let black = Rgb([0, 0, 0]);
    for i in 0..=5 {
        let f = i as f64 / 5.0;
        let gy = top + f * ph;
        line(&mut img, (left, gy), (left + pw, gy), grey);
        let v = y_hi - f * (y_hi - y_lo);
        let label = if log_y {
            format!("{:.2e}", 10f64.powf(v))
        } else {
            format!("{v:.4}")
        };
        let gx = left + f * pw;
        line(&mut img, (gx, top), (gx, top + ph), grey);
        if has_data {
            text(&mut img, 4, gy as i32 - 4, &label, black, 2);
            text(
                &mut img,
                gx as i32 - 10,
                (top + ph) as i32 + 8,
                &format!("{:.0}", x_lo + f * (x_hi - x_lo)),
                black,
                2,
            );
        }
    }
    line(&mut img, (left, top), (left, top + ph), black);
    line(&mut img, (left, top + ph), (left + pw, top + ph), black);
    text(&mut img, left as i32, 10, title, black, 3);
    for (k, (name, points)) in series.iter().enumerate() {
        let c = Rgb(COLORS[k % COLORS.len()]);
        let finite: Vec<_> = points.iter().filter(|p| p.1.is_finite()).collect();
        for pair in finite.windows(2) {
            line(
                &mut img,
                (px(pair[0].0), py(pair[0].1)),
                (px(pair[1].0), py(pair[1].1)),
                c,
            );
        }
        if finite.len() == 1 {
            line(
                &mut img,
                (px(finite[0].0) - 2.0, py(finite[0].1)),
                (px(finite[0].0) + 2.0, py(finite[0].1)),
                c,
            );
        }
        let ly = top as i32 + 10 + 16 * k as i32;
        line(
            &mut img,
            (w as f64 - 260.0, ly as f64 + 4.0),
            (w as f64 - 235.0, ly as f64 + 4.0),
            c,
        );
        text(&mut img, w - 228, ly, name, black, 2);
    }
    if series
        .iter()
        .all(|(_, p)| p.iter().all(|q| !q.1.is_finite()))
    {
        text(
            &mut img,
            left as i32 + 20,
            top as i32 + 20,
            "no data",
            black,
            2,
        );
    }
    img
}

#[cfg(test)]
mod tests {
    #[test]
    fn wrap_breaks_at_words_and_newlines() {
        assert_eq!(
            super::wrap("orig: a big red\nrecon: x", 10),
            vec!["orig: a", "big red", "recon: x"]
        );
        assert_eq!(super::wrap("abcdefghij12", 5), vec!["abcde", "fghij", "12"]);
    }
}
