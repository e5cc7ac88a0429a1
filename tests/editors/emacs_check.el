;;; emacs_check.el --- run by tests/editors/run.sh in Emacs (emacs --batch): loads
;;; editors/emacs/zan-mode.el, fontifies a buffer holding every keyword form of every set
;;; (one per line, from $ZAN_KW_LIST: "GROUP<TAB>form") and checks each one's face.
;;; Prints "ok N" or one line per problem; exits 1 on a problem.
(require 'zan-mode)
(let ((faces '(("zanDeclaration" . font-lock-keyword-face) ("zanClause" . font-lock-builtin-face)
               ("zanOperator" . font-lock-keyword-face) ("zanConstant" . font-lock-constant-face)
               ("zanUnit" . font-lock-type-face)))
      (rows (with-temp-buffer
              (insert-file-contents (getenv "ZAN_KW_LIST"))
              (mapcar (lambda (l) (split-string l "\t")) (split-string (buffer-string) "\n" t))))
      (problems nil) (n 0))
  (with-temp-buffer
    (dolist (r rows) (insert (cadr r) "\n"))
    (zan-mode)
    (font-lock-ensure)
    (goto-char (point-min))
    (dolist (r rows)
      (let ((want (cdr (assoc (car r) faces))) (bad nil))
        (save-excursion
          (while (< (point) (line-end-position))
            (unless (or (memq (char-after) '(?\s ?\t)) (eq (get-text-property (point) 'face) want))
              (setq bad (list (get-text-property (point) 'face))))
            (forward-char 1)))
        (when bad (push (format "%s: face %s, expected %s" (cadr r) (car bad) want) problems))
        (setq n (1+ n))
        (forward-line 1))))
  (if problems
      (progn (dolist (p (reverse problems)) (princ (concat p "\n"))) (kill-emacs 1))
    (princ (format "ok %d\n" n))
    (kill-emacs 0)))
