//! Pictures as PDF image XObjects: a JPEG embedded as it is (DCTDecode), a
//! PNG decoded to 8-bit samples with its transparency as a soft mask.

use std::collections::{BTreeMap, HashMap};
use std::sync::{Arc, LazyLock, Mutex};

use printpdf::{DictItem, ExternalStream, ExternalXObject, Px, XObject};

use crate::doc::{Image, ImageFormat};
use crate::render::RenderError;

fn name(n: &str) -> DictItem {
    DictItem::Name(n.as_bytes().to_vec())
}

fn image_dict(w: u32, h: u32, colour_space: &str) -> BTreeMap<String, DictItem> {
    BTreeMap::from([
        ("Type".to_string(), name("XObject")),
        ("Subtype".to_string(), name("Image")),
        ("Width".to_string(), DictItem::Int(w as i64)),
        ("Height".to_string(), DictItem::Int(h as i64)),
        ("ColorSpace".to_string(), name(colour_space)),
        ("BitsPerComponent".to_string(), DictItem::Int(8)),
    ])
}

fn error(image: &Image, why: impl std::fmt::Display) -> RenderError {
    RenderError {
        message: format!("cannot embed the picture \"{}\": {why}", image.alt),
        help: Some("save it again as an 8-bit PNG or a baseline JPEG".into()),
    }
}

/// The XObject drawing `image`, built once per picture file in a process:
/// the logos recur in every concept note, and in every meeting of a series
/// built as a batch. At most `BUILT_MAX` pictures are kept.
pub fn xobject(image: &Image) -> Result<XObject, RenderError> {
    static BUILT: LazyLock<Mutex<HashMap<Arc<[u8]>, XObject>>> = LazyLock::new(Default::default);
    const BUILT_MAX: usize = 64;
    let lock = || BUILT.lock().unwrap_or_else(|e| e.into_inner());
    if let Some(x) = lock().get(&image.data) {
        return Ok(x.clone());
    }
    let x = build(image)?;
    let mut built = lock();
    if built.len() >= BUILT_MAX {
        built.clear();
    }
    built.insert(image.data.clone(), x.clone());
    Ok(x)
}

/// A PNG's samples are deflated here, once, not with the page streams at
/// the end (a JPEG keeps its own filter).
fn build(image: &Image) -> Result<XObject, RenderError> {
    let stream = match image.format {
        ImageFormat::Jpeg => {
            let components = crate::doc::jpeg_frame(&image.data).map_or(3, |f| f.2);
            let space = match components {
                1 => "DeviceGray",
                4 => "DeviceCMYK",
                _ => "DeviceRGB",
            };
            let mut dict = image_dict(image.width_px, image.height_px, space);
            dict.insert("Filter".into(), name("DCTDecode"));
            ExternalStream {
                dict,
                content: image.data.to_vec(),
                compress: false,
            }
        }
        ImageFormat::Png => png_stream(image)?,
    };
    Ok(XObject::External(ExternalXObject {
        stream,
        width: Some(Px(image.width_px as usize)),
        height: Some(Px(image.height_px as usize)),
        dpi: None,
    }))
}

fn png_stream(image: &Image) -> Result<ExternalStream, RenderError> {
    let mut decoder = png::Decoder::new(std::io::Cursor::new(&image.data[..]));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().map_err(|e| error(image, e))?;
    let size = reader
        .output_buffer_size()
        .ok_or_else(|| error(image, "too large"))?;
    let mut buf = vec![0; size];
    let info = reader.next_frame(&mut buf).map_err(|e| error(image, e))?;
    let pixels = &buf[..info.line_size * info.height as usize];
    let (colour, alpha, space): (Vec<u8>, Option<Vec<u8>>, &str) = match info.color_type {
        png::ColorType::Rgb => (pixels.to_vec(), None, "DeviceRGB"),
        png::ColorType::Grayscale => (pixels.to_vec(), None, "DeviceGray"),
        png::ColorType::Rgba => (
            pixels.chunks(4).flat_map(|p| [p[0], p[1], p[2]]).collect(),
            Some(pixels.chunks(4).map(|p| p[3]).collect()),
            "DeviceRGB",
        ),
        png::ColorType::GrayscaleAlpha => (
            pixels.chunks(2).map(|p| p[0]).collect(),
            Some(pixels.chunks(2).map(|p| p[1]).collect()),
            "DeviceGray",
        ),
        png::ColorType::Indexed => return Err(error(image, "its palette was not expanded")),
    };
    let mut dict = image_dict(info.width, info.height, space);
    if let Some(alpha) = alpha.filter(|a| a.iter().any(|&v| v != 255)) {
        dict.insert(
            "SMask".into(),
            DictItem::Stream {
                stream: deflated(
                    image,
                    image_dict(info.width, info.height, "DeviceGray"),
                    &alpha,
                )?,
            },
        );
    }
    deflated(image, dict, &colour)
}

fn deflated(
    image: &Image,
    mut dict: BTreeMap<String, DictItem>,
    samples: &[u8],
) -> Result<ExternalStream, RenderError> {
    let content = super::deflate::deflate(samples, super::deflate::LEVEL)
        .ok_or_else(|| error(image, "its samples cannot be compressed"))?;
    dict.insert("Filter".into(), name("FlateDecode"));
    Ok(ExternalStream {
        dict,
        content,
        compress: false,
    })
}
