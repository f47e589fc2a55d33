/**
 * The pages' side of the message protocol: send a typed request to the
 * background and get its typed response. Never throws: a background that does
 * not answer becomes a failure with a message for the reader.
 */
import { browser } from 'wxt/browser';
import { isResponse, type Request, type ResponseFor } from '../src/messages';
import { t } from './i18n';

/** Shown when the background cannot be reached or answers nonsense (in the UI language). */
export const NO_ANSWER = t('coreNoAnswer');

/** Sends one request to the background. */
export async function send<R extends Request>(request: R): Promise<ResponseFor<R>> {
  try {
    const response: unknown = await browser.runtime.sendMessage(request);
    // The background answers each request type with that type's response.
    if (isResponse(response)) return response as ResponseFor<R>;
  } catch {
    // Reported below, the same way as a missing answer.
  }
  return { ok: false, code: 'error', message: NO_ANSWER };
}
