//! The browser's WebCrypto for protected exports: PBKDF2-SHA256 turns a passphrase into an
//! AES-256-GCM key. Native code derives 600,000 iterations in about a tenth of a second, where
//! the same loop in wasm takes seconds on a phone; and no cipher is written here.

use js_sys::{Array, Promise, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesGcmParams, AesKeyGenParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

use crate::book::format::envelope::{ITERATIONS, IV_BYTES, SALT_BYTES, Sealed};

/// Why the browser did not open a file.
pub enum Failed {
    /// The cipher's check failed: a wrong passphrase, or a changed file.
    NotOpened,
    /// The browser could not do it (no WebCrypto outside a secure context).
    Browser(String),
}

fn reason(e: JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_else(|| "WebCrypto".to_owned())
}

fn crypto() -> Result<web_sys::Crypto, String> {
    web_sys::window().ok_or("no window")?.crypto().map_err(reason)
}

async fn call(promise: Result<Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(promise?).await
}

/// The AES key of `passphrase` and `salt`, for `usage` ("encrypt" or "decrypt"). Marked
/// `unionbook:passphrase-key` in the performance timeline, which the browser tests report.
async fn key(
    subtle: &SubtleCrypto,
    passphrase: &str,
    salt: &[u8],
    iterations: u32,
    usage: &str,
) -> Result<CryptoKey, String> {
    let usages = |u: &str| Array::of1(&u.into());
    let raw = Uint8Array::from(passphrase.as_bytes());
    let base =
        call(subtle.import_key_with_str("raw", &raw, "PBKDF2", false, &usages("deriveKey"))).await.map_err(reason)?;
    let params = Pbkdf2Params::new_with_str("PBKDF2", "SHA-256", iterations, &Uint8Array::from(salt));
    let performance = web_sys::window().and_then(|w| w.performance());
    let _ = performance.as_ref().map(|p| p.mark("unionbook:passphrase-key:start"));
    let derived = subtle.derive_key_with_object_and_object(
        &params,
        base.unchecked_ref(),
        &AesKeyGenParams::new("AES-GCM", 256),
        false,
        &usages(usage),
    );
    let derived = call(derived).await.map_err(reason)?;
    if let Some(p) = performance {
        let _ = p.mark("unionbook:passphrase-key:end");
        let _ = p.measure_with_start_mark_and_end_mark(
            "unionbook:passphrase-key",
            "unionbook:passphrase-key:start",
            "unionbook:passphrase-key:end",
        );
    }
    Ok(derived.unchecked_into())
}

/// Encrypts `plain` under `passphrase` with a fresh random salt and IV.
pub async fn seal(plain: &[u8], passphrase: &str) -> Result<Sealed, String> {
    let crypto = crypto()?;
    let (mut salt, mut iv) = (vec![0u8; SALT_BYTES], [0u8; IV_BYTES]);
    crypto.get_random_values_with_u8_array(&mut salt).map_err(reason)?;
    crypto.get_random_values_with_u8_array(&mut iv).map_err(reason)?;
    let subtle = crypto.subtle();
    let key = key(&subtle, passphrase, &salt, ITERATIONS, "encrypt").await?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv.as_slice()));
    let out = call(subtle.encrypt_with_object_and_u8_array(&params, &key, plain)).await.map_err(reason)?;
    Ok(Sealed { iterations: ITERATIONS, salt, iv, ciphertext: Uint8Array::new(&out).to_vec() })
}

/// Decrypts a protected file's contents: the ordinary export's bytes.
pub async fn unseal(sealed: &Sealed, passphrase: &str) -> Result<Vec<u8>, Failed> {
    let crypto = crypto().map_err(Failed::Browser)?;
    let subtle = crypto.subtle();
    let key = key(&subtle, passphrase, &sealed.salt, sealed.iterations, "decrypt").await.map_err(Failed::Browser)?;
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(sealed.iv.as_slice()));
    match call(subtle.decrypt_with_object_and_u8_array(&params, &key, &sealed.ciphertext)).await {
        Ok(out) => Ok(Uint8Array::new(&out).to_vec()),
        // WebCrypto says only "OperationError" when the tag does not match.
        Err(e) if e.dyn_ref::<web_sys::DomException>().is_some_and(|d| d.name() == "OperationError") => {
            Err(Failed::NotOpened)
        }
        Err(e) => Err(Failed::Browser(reason(e))),
    }
}
