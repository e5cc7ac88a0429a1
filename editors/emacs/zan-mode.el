;;; zan-mode.el --- Major mode for zan policies, with the zan language server  -*- lexical-binding: t -*-

;; Keywords: languages
;; Version: 0.2.0
;; Package-Requires: ((emacs "26.1"))

;;; Commentary:

;; zan policies (.zan): highlighting of the keywords of all three keyword sets (English,
;; Russian, Kazakh; the lists are generated from lang/keywords.def into zan-keywords.el),
;; texts, dates, numbers and `--' comments; and the zan language server (`zan lsp') for
;; eglot: diagnostics, hover, definition, references, completion, rename, formatting.
;;
;;   (add-to-list 'load-path "/path/to/zan/editors/emacs")
;;   (require 'zan-mode)
;;   (add-hook 'zan-mode-hook #'eglot-ensure)   ; the language server
;;
;; See docs/editors.md.

;;; Code:

(require 'seq)
(require 'zan-keywords)

(defgroup zan nil
  "zan policies."
  :group 'languages)

(defcustom zan-lsp-command '("zan" "lsp")
  "The command that runs the zan language server."
  :type '(repeat string))

(defcustom zan-lang nil
  "Language of the server's messages and hovers: \"en\", \"ru\", \"kk\", \"kk-Latn\" or nil (the locale)."
  :type '(choice (const nil) string))

(defun zan--regexp (forms)
  "A regexp matching any of FORMS as whole words; the words of a multi-word form separated by any white space."
  (concat "\\_<\\(?:"
          (mapconcat (lambda (f) (replace-regexp-in-string " " "[[:space:]\n]+" (regexp-quote f) t t))
                     (sort (copy-sequence forms) (lambda (a b) (> (length a) (length b))))
                     "\\|")
          "\\)\\_>"))

(defun zan--multi (forms) (seq-filter (lambda (f) (string-match-p " " f)) forms))
(defun zan--single (forms) (seq-remove (lambda (f) (string-match-p " " f)) forms))

(defconst zan--groups
  `((,zan-keywords-declaration . font-lock-keyword-face)
    (,zan-keywords-clause . font-lock-builtin-face)
    (,zan-keywords-operator . font-lock-keyword-face)
    (,zan-keywords-constant . font-lock-constant-face)
    (,zan-keywords-unit . font-lock-type-face)))

(defconst zan-font-lock-keywords
  (append
   ;; multi-word forms first ("in force" before the operator "in", "не определено" before "не")
   (delq nil (mapcar (lambda (g) (let ((m (zan--multi (car g)))) (and m (cons (zan--regexp m) (cdr g))))) zan--groups))
   (mapcar (lambda (g) (cons (zan--regexp (zan--single (car g))) (cdr g))) zan--groups)
   '(("\\_<[0-9]\\{4\\}-[0-9]\\{2\\}-[0-9]\\{2\\}\\_>" . font-lock-constant-face)
     ("\\_<[0-9]+\\(?:_[0-9]+\\)*\\(?:\\.[0-9]+\\(?:_[0-9]+\\)*\\)?\\_>" . font-lock-constant-face)))
  "Highlighting of zan policies.")

(defvar zan-mode-syntax-table
  (let ((st (make-syntax-table)))
    (modify-syntax-entry ?- ". 12" st)
    (modify-syntax-entry ?\n ">" st)
    (modify-syntax-entry ?\" "\"" st)
    (modify-syntax-entry ?\\ "\\" st)
    (modify-syntax-entry ?_ "_" st)
    (modify-syntax-entry ?. "." st)
    st)
  "Syntax table of `zan-mode'.")

;;;###autoload
(define-derived-mode zan-mode prog-mode "zan"
  "Major mode for zan policies."
  (setq-local comment-start "-- ")
  (setq-local comment-start-skip "--+[ \t]*")
  (setq-local indent-tabs-mode nil)
  (setq-local tab-width 2)
  (setq-local font-lock-defaults '(zan-font-lock-keywords)))

;;;###autoload
(add-to-list 'auto-mode-alist '("\\.zan\\'" . zan-mode))

(defun zan--eglot-contact (&rest _)
  "The server command for eglot, with initializationOptions carrying `zan-lang'."
  (append zan-lsp-command (and zan-lang (list :initializationOptions (list :lang zan-lang)))))

(with-eval-after-load 'eglot
  (add-to-list 'eglot-server-programs '(zan-mode . zan--eglot-contact)))

(provide 'zan-mode)
;;; zan-mode.el ends here
