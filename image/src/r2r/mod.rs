//! ReadyToRun: the native-code part of a crossgen2 image.
