Give the same course of action without the reasons for it.
