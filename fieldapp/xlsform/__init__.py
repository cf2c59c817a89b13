"""XLSForm loading: forms as ODK, KoboToolbox and SurveyCTO authors write them, compiled.

``load_form(path)`` turns an XLSForm (.xlsx, .csv or .md) into a frozen
:class:`FormDefinition` through pyxform's XForm; :class:`FormLibrary` lists the built-in forms
and every version imported into the vault. Interviews run on definitions through
:mod:`fieldapp.interview`. See docs/form-engine.md for what is supported.
"""

from fieldapp.xlsform.errors import FormLoadError, UnsupportedFormFeature
from fieldapp.xlsform.library import (
    FormEntry,
    FormLibrary,
    FormNotFound,
    FormStore,
    InMemoryFormStore,
    StoredForm,
)
from fieldapp.xlsform.loader import load_form, load_form_source
from fieldapp.xlsform.model import (
    ANSWERABLE_KINDS,
    SELECT_KINDS,
    Choice,
    FormDefinition,
    FormSource,
    Group,
    Itemset,
    Kind,
    LocalizedText,
    Output,
    Question,
    Repeat,
    SetValue,
    TextTemplate,
)

__all__ = [
    "ANSWERABLE_KINDS",
    "SELECT_KINDS",
    "Choice",
    "FormDefinition",
    "FormEntry",
    "FormLibrary",
    "FormLoadError",
    "FormNotFound",
    "FormSource",
    "FormStore",
    "Group",
    "InMemoryFormStore",
    "Itemset",
    "Kind",
    "LocalizedText",
    "Output",
    "Question",
    "Repeat",
    "SetValue",
    "StoredForm",
    "TextTemplate",
    "UnsupportedFormFeature",
    "load_form",
    "load_form_source",
]
