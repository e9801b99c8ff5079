/**
 * Each message as its receiver accepts it (valibot; strict objects: an unknown field is a
 * refusal, not something to ignore). Separate schemas per sender where the rights differ:
 * a content script may ask for less than an extension page.
 */
import * as v from 'valibot';
import type { Message } from '../messaging';
import { captureSchema, identityKeySchema, itemKindSchema } from './capture-schema';

const topicPath = v.pipe(v.string(), v.maxLength(2_000));

export const extractMessage: v.GenericSchema<unknown, Message<'extract'>> = v.strictObject({
  type: v.literal('extract'),
});

/** An extension page's save (the popup, the library page): every option of the store. */
export const saveMessage: v.GenericSchema<unknown, Message<'save'>> = v.strictObject({
  type: v.literal('save'),
  capture: captureSchema,
  topic: v.optional(topicPath),
  topics: v.optional(v.pipe(v.array(topicPath), v.maxLength(1_000))),
  replaceTopics: v.optional(v.boolean()),
  note: v.optional(v.pipe(v.string(), v.maxLength(200_000))),
  status: v.optional(v.picklist(['to-read', 'read'])),
  listId: v.optional(v.pipe(v.string(), v.nonEmpty(), v.maxLength(200))),
});

/**
 * A content script's save (a listing page's Save button): the entry and one topic to add
 * it to. No note, status, list or topic replacement: a page's world may not edit records.
 */
export const contentSaveMessage: v.GenericSchema<unknown, Message<'save'>> = v.strictObject({
  type: v.literal('save'),
  capture: captureSchema,
  topic: v.optional(topicPath),
});

export const lookupMessage: v.GenericSchema<unknown, Message<'lookup'>> = v.strictObject({
  type: v.literal('lookup'),
  keys: v.pipe(v.array(identityKeySchema), v.maxLength(10_000)),
});

export const topicChoicesMessage: v.GenericSchema<
  unknown,
  Message<'topicChoices'>
> = v.strictObject({ type: v.literal('topicChoices'), kind: itemKindSchema });

export const suggestTopicsMessage: v.GenericSchema<
  unknown,
  Message<'suggestTopics'>
> = v.strictObject({
  type: v.literal('suggestTopics'),
  capture: v.object({
    title: v.pipe(v.string(), v.maxLength(200_000)),
    abstract: v.optional(v.pipe(v.string(), v.maxLength(200_000))),
    description: v.optional(v.pipe(v.string(), v.maxLength(200_000))),
    kind: itemKindSchema,
  }),
});

export const completeDetailsMessage: v.GenericSchema<
  unknown,
  Message<'completeDetails'>
> = v.strictObject({ type: v.literal('completeDetails'), key: identityKeySchema });

export const savedStateChangedMessage: v.GenericSchema<
  unknown,
  Message<'savedStateChanged'>
> = v.strictObject({ type: v.literal('savedStateChanged') });
