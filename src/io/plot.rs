//! Charts (loss curves, the scene trainer's panels) and titled image grids, drawn with plotters
//! into an RGB buffer and written by `image::save_png`. Text is DejaVu Sans
//! (`assets/fonts/DejaVuSans.ttf`, its licence beside it), loaded from bytes, so no system font
//! is needed and lowercase, λ, → and · render.

use crate::error::{Error, Result};
use image::RgbImage;
use plotters::coord::Shift;
use plotters::prelude::*;
use std::path::Path;

static DEJAVU_SANS: &[u8] = include_bytes!("../../assets/fonts/DejaVuSans.ttf");

/// The font family every text here uses, registered once from the bytes above.
fn font() -> &'static str {
    static REGISTERED: std::sync::Once = std::sync::Once::new();
    REGISTERED.call_once(|| {
        // the bytes are a valid TrueType font, checked by the tests
        let _ = plotters::style::register_font("dejavu", FontStyle::Normal, DEJAVU_SANS);
    });
    "dejavu"
}

/// matplotlib's first colours.
const COLORS: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// One chart: named series of (x, y) points. `log_y` asks for a log axis, used only where
/// every value is positive (a loss that goes negative, as the VAE-GAN's generator loss, is
/// drawn on a linear axis) and spans decades; it is then labelled "(log)".
#[derive(Clone, Debug, Default)]
pub struct ChartPanel {
    /// Heading above the chart.
    pub title: String,
    /// Label of the x axis.
    pub x_label: String,
    /// Label of the y axis.
    pub y_label: String,
    /// Named lines of (x, y) points.
    pub series: Vec<(String, Vec<(f64, f64)>)>,
    /// Ask for a log y axis (used only where every value is positive and spans decades).
    pub log_y: bool,
}

impl ChartPanel {
    fn finite_points(&self) -> impl Iterator<Item = &(f64, f64)> {
        self.series
            .iter()
            .flat_map(|(_, p)| p.iter())
            .filter(|p| p.0.is_finite() && p.1.is_finite())
    }

    /// Whether the y axis is logarithmic: asked for, every value positive, and the values
    /// spanning more than a decade and a half (within less, a log axis would carry one
    /// labelled tick or none, and a linear one reads better).
    pub fn uses_log_axis(&self) -> bool {
        let (mut lo, mut hi) = (f64::MAX, 0.0f64);
        for p in self.finite_points() {
            if p.1 <= 0.0 {
                return false;
            }
            (lo, hi) = (lo.min(p.1), hi.max(p.1));
        }
        self.log_y && hi > 0.0 && hi / lo > 30.0
    }
}

/// One chart in a 900 x 520 PNG.
pub fn line_chart(path: &Path, panel: &ChartPanel) -> Result<()> {
    chart_panels(path, std::slice::from_ref(panel), 1)
}

/// Several charts, `columns` across (matplotlib's subplots), 640 x 380 each (one alone:
/// 900 x 520).
pub fn chart_panels(path: &Path, panels: &[ChartPanel], columns: usize) -> Result<()> {
    let cols = columns.max(1) as u32;
    let rows = (panels.len() as u32).div_ceil(cols).max(1);
    let (pw, ph) = if panels.len() == 1 {
        (900, 520)
    } else {
        (640, 380)
    };
    let (w, h) = (pw * cols, ph * rows);
    let mut buf = vec![255u8; (w * h * 3) as usize];
    let what = format!("drawing {}", path.display());
    {
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        let areas = root.split_evenly((rows as usize, cols as usize));
        for (area, p) in areas.iter().zip(panels) {
            draw_chart(area, p).map_err(|e| Error::invalid(&what, e))?;
        }
        root.present().map_err(|e| Error::invalid(&what, e))?;
    }
    let img = RgbImage::from_raw(w, h, buf).ok_or_else(|| Error::invalid(&what, "buffer size"))?;
    crate::io::image::save_png(path, &img)
}

/// Tick labels for x: integers where the data's x are whole numbers (epochs, steps), and no
/// label at the in-between ticks plotters may choose for a short run (they read "0 0 1 1").
fn x_tick(x: f64, integral: bool) -> String {
    if !integral {
        return format!("{x}");
    }
    if (x - x.round()).abs() < 1e-9 {
        format!("{:.0}", x.round())
    } else {
        String::new()
    }
}

fn draw_chart<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    p: &ChartPanel,
) -> std::result::Result<(), String> {
    let err = |e: DrawingAreaErrorKind<DB::ErrorType>| e.to_string();
    let f = font();
    let (mut x_lo, mut x_hi, mut y_lo, mut y_hi) = (f64::MAX, f64::MIN, f64::MAX, f64::MIN);
    for &(x, y) in p.finite_points() {
        x_lo = x_lo.min(x);
        x_hi = x_hi.max(x);
        y_lo = y_lo.min(y);
        y_hi = y_hi.max(y);
    }
    let has_data = x_lo <= x_hi;
    if !has_data {
        (x_lo, x_hi, y_lo, y_hi) = (0.0, 1.0, 0.0, 1.0);
    }
    let integral = p.finite_points().all(|q| q.0.fract() == 0.0);
    // one tick per epoch of a short run, about ten otherwise
    let x_ticks = if integral {
        ((x_hi - x_lo) as usize + 1).clamp(2, 10)
    } else {
        10
    };
    if x_hi - x_lo < 1.0 {
        // one epoch: a unit-wide axis around it, so its tick is a whole number
        x_hi = x_lo + 1.0;
    }
    let log = p.uses_log_axis();
    if log {
        // a decade's margin at most, and some room when all values are equal
        (y_lo, y_hi) = (y_lo / 1.25, y_hi * 1.25);
    } else {
        let pad = if y_hi > y_lo {
            0.05 * (y_hi - y_lo)
        } else {
            0.5 * y_lo.abs().max(1.0)
        };
        (y_lo, y_hi) = (y_lo - pad, y_hi + pad);
    }
    let y_label = if log {
        format!("{} (log)", p.y_label)
    } else {
        p.y_label.clone()
    };
    let mut builder = ChartBuilder::on(area);
    builder
        .caption(&p.title, (f, 22))
        .margin(10)
        .x_label_area_size(42)
        .y_label_area_size(72);
    // A log and a linear axis are different coordinate types: one macro draws the mesh and
    // the series on either.
    macro_rules! draw_on {
        ($chart:expr) => {{
            let mut chart = $chart;
            chart
                .configure_mesh()
                .x_desc(p.x_label.as_str())
                .y_desc(y_label.as_str())
                .label_style((f, 14))
                .axis_desc_style((f, 15))
                .x_labels(x_ticks)
                .y_labels(8)
                .x_label_formatter(&|x| x_tick(*x, integral))
                .y_label_formatter(&|y| short_number(*y))
                .bold_line_style(RGBColor(225, 225, 225))
                .light_line_style(TRANSPARENT)
                .draw()
                .map_err(err)?;
            for (k, (name, points)) in p.series.iter().enumerate() {
                let c = COLORS[k % COLORS.len()];
                let finite: Vec<(f64, f64)> = points
                    .iter()
                    .copied()
                    .filter(|q| q.0.is_finite() && q.1.is_finite())
                    .collect();
                let style = ShapeStyle::from(&c).stroke_width(2);
                chart
                    .draw_series(LineSeries::new(finite.iter().copied(), style))
                    .map_err(err)?
                    .label(name.as_str())
                    .legend(move |(x, y)| PathElement::new(vec![(x, y), (x + 20, y)], style));
                if finite.len() == 1 {
                    chart
                        .draw_series(finite.iter().map(|&q| Circle::new(q, 4, c.filled())))
                        .map_err(err)?;
                }
            }
            if p.series.iter().any(|(_, pts)| !pts.is_empty()) {
                chart
                    .configure_series_labels()
                    .label_font((f, 14))
                    .background_style(WHITE.mix(0.85))
                    .border_style(RGBColor(200, 200, 200))
                    .position(SeriesLabelPosition::UpperRight)
                    .draw()
                    .map_err(err)?;
            }
        }};
    }
    if log {
        let ticks = log_ticks(y_lo, y_hi);
        draw_on!(builder
            .build_cartesian_2d(x_lo..x_hi, (y_lo..y_hi).log_scale().with_key_points(ticks))
            .map_err(err)?);
    } else {
        draw_on!(builder
            .build_cartesian_2d(x_lo..x_hi, y_lo..y_hi)
            .map_err(err)?);
    }
    if !has_data {
        let (w, h) = area.dim_in_pixel();
        area.draw_text(
            "no data yet",
            &TextStyle::from((f, 20)).color(&BLACK),
            (w as i32 / 2 - 50, h as i32 / 2),
        )
        .map_err(err)?;
    }
    Ok(())
}

/// Labelled values of a log axis over [lo, hi]: 1, 2 and 5 times the powers of ten inside it;
/// where that gives fewer than three, every digit's multiple; where more than twelve (many
/// decades), the powers of ten alone, thinned to at most twelve. plotters' own labels only
/// the powers of ten, so a curve within one or two decades showed one number or none.
fn log_ticks(lo: f64, hi: f64) -> Vec<f64> {
    let within = |mults: &[f64]| -> Vec<f64> {
        let (k0, k1) = (lo.log10().floor() as i32, hi.log10().ceil() as i32);
        (k0..=k1)
            .flat_map(|k| mults.iter().map(move |m| m * 10f64.powi(k)))
            .filter(|v| (lo..=hi).contains(v))
            .collect()
    };
    let mut ticks = within(&[1.0, 2.0, 5.0]);
    if ticks.len() < 3 {
        ticks = within(&[1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0]);
    } else if ticks.len() > 12 {
        ticks = within(&[1.0]);
        let step = ticks.len().div_ceil(12);
        ticks = ticks.into_iter().step_by(step).collect();
    }
    ticks
}

/// Axis numbers people read at a glance: 0.0123, 1.5e-6, 12300.
fn short_number(v: f64) -> String {
    let a = v.abs();
    if v == 0.0 {
        "0".into()
    } else if !(1e-3..1e5).contains(&a) {
        format!("{v:.1e}")
    } else if a >= 100.0 {
        format!("{v:.0}")
    } else {
        let s = format!("{v:.3}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
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
    const TITLE_PX: u32 = 15;
    const LINE_PX: u32 = 19;
    const HEADING_PX: u32 = 22;
    let cell = (side * zoom) as u32;
    let pad = 12u32;
    // DejaVu Sans averages about 0.55 em a character
    let per_line = ((cell + pad) as f64 / (0.55 * TITLE_PX as f64)).max(1.0) as usize;
    let wrapped: Vec<Vec<String>> = titles.iter().map(|t| wrap(t, per_line)).collect();
    let lines = wrapped.iter().map(Vec::len).max().unwrap_or(0) as u32;
    let title_h = lines * LINE_PX + 6;
    let cols = columns.max(1) as u32;
    let rows = (images.len() as u32).div_ceil(cols).max(1);
    let head_h = if heading.is_some() {
        HEADING_PX + 16
    } else {
        0
    };
    let (w, h) = (
        cols * (cell + pad) + pad,
        head_h + rows * (cell + title_h + pad) + pad,
    );
    let mut buf = vec![255u8; (w * h * 3) as usize];
    let origin = |k: usize| {
        let (col, row) = (k as u32 % cols, k as u32 / cols);
        (
            pad + col * (cell + pad),
            head_h + pad + row * (cell + title_h + pad),
        )
    };
    // the pictures, nearest-neighbour enlarged, straight into the buffer
    let plane = side * side;
    for (k, pixels) in images.iter().enumerate() {
        let (x0, y0) = origin(k);
        for y in 0..cell {
            for x in 0..cell {
                let (sy, sx) = (y as usize / zoom, x as usize / zoom);
                let at = (((y0 + title_h + y) * w + x0 + x) * 3) as usize;
                for c in 0..3 {
                    let v = pixels
                        .get(c * plane + sy * side + sx)
                        .copied()
                        .unwrap_or(0.0);
                    buf[at + c] = (v.clamp(0.0, 1.0) * 255.0).round() as u8;
                }
            }
        }
    }
    // then the words over the white parts
    let what = format!("drawing {}", path.display());
    {
        let f = font();
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        let draw = |s: &str, px: u32, x: u32, y: u32| {
            root.draw_text(
                s,
                &TextStyle::from((f, px)).color(&BLACK),
                (x as i32, y as i32),
            )
            .map_err(|e| Error::invalid(&what, e))
        };
        if let Some(s) = heading {
            draw(s, HEADING_PX, pad, 8)?;
        }
        for (k, lines) in wrapped.iter().enumerate().take(images.len()) {
            let (x0, y0) = origin(k);
            for (i, l) in lines.iter().enumerate() {
                draw(l, TITLE_PX, x0, y0 + i as u32 * LINE_PX)?;
            }
        }
        root.present().map_err(|e| Error::invalid(&what, e))?;
    }
    let img = RgbImage::from_raw(w, h, buf).ok_or_else(|| Error::invalid(&what, "buffer size"))?;
    crate::io::image::save_png(path, &img)
}

/// The short side, in pixels, that a saved image grid is enlarged to at least: a grid of
/// 40-pixel sprites (74 x 20 for a pair) is a smudge in an image viewer or TensorBoard.
pub const VIEW_SHORT_SIDE: u32 = 256;

/// An image grid made for looking at: enlarged by a whole factor (nearest neighbour, so
/// pixels stay pixels) until its short side is at least [`VIEW_SHORT_SIDE`], then, where
/// given, a heading above it and a label left of each of its rows (`row_labels[r]` beside the
/// r-th of `row_labels.len()` equal rows: "original", "reconstruction").
pub fn viewable_grid(
    grid: &RgbImage,
    heading: Option<&str>,
    row_labels: &[&str],
) -> Result<RgbImage> {
    const TEXT_PX: u32 = 16;
    let (gw, gh) = grid.dimensions();
    let short = gw.min(gh).max(1);
    let zoom = VIEW_SHORT_SIDE.div_ceil(short).max(1);
    let (zw, zh) = (gw * zoom, gh * zoom);
    // DejaVu Sans averages about 0.6 em a character at most
    let chars = row_labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0) as f64;
    let left = if row_labels.is_empty() {
        0
    } else {
        (chars * 0.6 * TEXT_PX as f64) as u32 + 16
    };
    let top = if heading.is_some() { TEXT_PX + 16 } else { 0 };
    let (w, h) = (left + zw, top + zh);
    let mut buf = vec![255u8; (w * h * 3) as usize];
    for y in 0..zh {
        for x in 0..zw {
            let px = grid.get_pixel(x / zoom, y / zoom).0;
            let at = (((top + y) * w + left + x) * 3) as usize;
            buf[at..at + 3].copy_from_slice(&px);
        }
    }
    if top > 0 || left > 0 {
        let what = "labelling an image grid";
        let f = font();
        let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
        let style = TextStyle::from((f, TEXT_PX)).color(&BLACK);
        if let Some(s) = heading {
            root.draw_text(s, &style, (8, 8))
                .map_err(|e| Error::invalid(what, e))?;
        }
        let rows = row_labels.len() as u32;
        for (r, l) in row_labels.iter().enumerate() {
            // the middle of the r-th row, less half a line
            let y = top + zh * (2 * r as u32 + 1) / (2 * rows.max(1));
            root.draw_text(l, &style, (8, (y - TEXT_PX / 2) as i32))
                .map_err(|e| Error::invalid(what, e))?;
        }
        root.present().map_err(|e| Error::invalid(what, e))?;
    }
    RgbImage::from_raw(w, h, buf)
        .ok_or_else(|| Error::invalid("labelling an image grid", "buffer size"))
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A 74 x 20 pair grid comes out with its short side at least 256 px, every source pixel a
    /// whole block of the same colour, and the row labels as ink left of the pictures.
    #[test]
    fn grids_are_enlarged_whole_pixels_and_labelled() {
        let mut g = RgbImage::new(74, 20);
        for (x, y, p) in g.enumerate_pixels_mut() {
            *p = image::Rgb([(x * 3) as u8, (y * 12) as u8, 7]);
        }
        let plain = viewable_grid(&g, None, &[]).unwrap();
        assert_eq!(plain.dimensions(), (74 * 13, 20 * 13));
        for (x, y, p) in plain.enumerate_pixels() {
            assert_eq!(p, g.get_pixel(x / 13, y / 13), "at ({x}, {y})");
        }
        // big enough already: unchanged
        let big = RgbImage::new(300, 260);
        assert_eq!(viewable_grid(&big, None, &[]).unwrap(), big);
        let labelled = viewable_grid(&g, Some("pairs"), &["original", "reconstruction"]).unwrap();
        let (w, h) = labelled.dimensions();
        assert!(w > 74 * 13 && h > 20 * 13);
        let left = w - 74 * 13;
        let ink_left = |y0: u32, y1: u32| {
            (y0..y1)
                .flat_map(|y| (0..left).map(move |x| (x, y)))
                .filter(|&(x, y)| labelled.get_pixel(x, y).0 != [255, 255, 255])
                .count()
        };
        let top = h - 20 * 13;
        // one label in each half of the rows, and the heading above
        assert!(ink_left(top, top + 130) > 50);
        assert!(ink_left(top + 130, h) > 50);
        assert!((0..top)
            .flat_map(|y| (0..w).map(move |x| (x, y)))
            .any(|(x, y)| labelled.get_pixel(x, y).0 != [255, 255, 255]));
    }

    #[test]
    fn wrap_breaks_at_words_and_newlines() {
        assert_eq!(
            wrap("orig: a big red\nrecon: x", 10),
            vec!["orig: a", "big red", "recon: x"]
        );
        assert_eq!(wrap("abcdefghij12", 5), vec!["abcde", "fghij", "12"]);
    }

    #[test]
    fn log_axes_only_where_every_value_is_positive() {
        let panel = |ys: &[f64]| ChartPanel {
            series: vec![(
                "loss".into(),
                ys.iter().enumerate().map(|(i, &y)| (i as f64, y)).collect(),
            )],
            log_y: true,
            ..ChartPanel::default()
        };
        assert!(panel(&[3.0, 0.5, 1e-4]).uses_log_axis());
        // 9000 -> 2600 within one decade: a log axis would label one tick at best
        assert!(!panel(&[9000.0, 3100.0, 2600.0]).uses_log_axis());
        // the VAE-GAN's generator loss goes negative: linear, not a flat line at 1e-30
        assert!(!panel(&[3.0, -0.5]).uses_log_axis());
        assert!(!panel(&[0.0, 1.0]).uses_log_axis());
        assert!(!panel(&[]).uses_log_axis());
        assert!(panel(&[f64::NAN, 2.0, 0.02]).uses_log_axis());
    }

    /// A log axis over 2.5e4..4e5 labels 5e4, 1e5, 2e5 (plotters' own: 1e5 alone); a narrow one
    /// gets every digit's multiple; twenty decades get at most twelve powers of ten.
    #[test]
    fn log_axes_get_readable_ticks() {
        assert_eq!(log_ticks(2.5e4, 4e5), [5e4, 1e5, 2e5]);
        assert_eq!(
            log_ticks(0.01, 5.0),
            [0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 2.0, 5.0]
        );
        let narrow = log_ticks(2.2, 3.9);
        assert_eq!(narrow, [3.0]);
        let wide = log_ticks(1e-10, 1e10);
        assert!(wide.len() <= 12 && wide.len() >= 6, "{wide:?}");
        assert!(wide
            .iter()
            .all(|v| (v.log10() - v.log10().round()).abs() < 1e-9));
    }

    #[test]
    fn epoch_ticks_are_whole_numbers_without_repeats() {
        let labels: Vec<String> = [0.0, 0.5, 1.0, 1.5, 2.0]
            .iter()
            .map(|&x| x_tick(x, true))
            .filter(|s| !s.is_empty())
            .collect();
        assert_eq!(labels, ["0", "1", "2"]);
        assert_eq!(x_tick(0.25, false), "0.25");
        assert_eq!(short_number(0.012345), "0.012");
        assert_eq!(short_number(1.5e-6), "1.5e-6");
        assert_eq!(short_number(12345.0), "12345");
    }

    /// The font renders (the title's and the legend's pixels are not all white), a chart is the
    /// size asked, and text with lowercase, λ, → and · draws glyphs (the old 3x5 font left them
    /// blank).
    #[test]
    fn charts_and_grids_draw_text_with_the_shipped_font() {
        let dir = std::env::temp_dir().join(format!("wgtrain-plot-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("c.png");
        let panel = ChartPanel {
            title: "loss · λ → 0".into(),
            x_label: "epoch".into(),
            y_label: "loss".into(),
            series: vec![
                ("loss_G".into(), vec![(0.0, 1.0), (1.0, -2.0), (2.0, -1.5)]),
                ("loss_D".into(), vec![(0.0, 0.5)]),
            ],
            log_y: true,
        };
        line_chart(&path, &panel).unwrap();
        let img = image::open(&path).unwrap().to_rgb8();
        assert_eq!(img.dimensions(), (900, 520));
        let inked = |x0: u32, y0: u32, x1: u32, y1: u32| {
            (y0..y1)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, y)| img.get_pixel(x, y).0 != [255, 255, 255])
                .count()
        };
        // the caption is centred at the top
        assert!(inked(300, 0, 600, 40) > 100, "no title drawn");
        let grid = dir.join("g.png");
        let red = vec![1.0f32; 3 * 4 * 4];
        titled_grid(
            &grid,
            &[red],
            4,
            &["text → scene".into()],
            1,
            16,
            Some("Heading"),
        )
        .unwrap();
        let g = image::open(&grid).unwrap().to_rgb8();
        let title_ink = (0..g.width())
            .flat_map(|x| (0..60u32.min(g.height())).map(move |y| (x, y)))
            .filter(|&(x, y)| g.get_pixel(x, y).0 != [255, 255, 255])
            .count();
        assert!(title_ink > 50, "no heading or title drawn");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
