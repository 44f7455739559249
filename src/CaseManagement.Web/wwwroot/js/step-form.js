// Step forms of a case: 人民币大写 beside amounts, the earliest hearing day, the discretion calculator.
// Only well-formed input is sent to the calculators, so a half-typed value never produces an error answer.
(function () {
    'use strict';

    var amountPattern = /^\d{1,12}(\.\d{1,2})?$/;
    var datePattern = /^\d{4}-\d{2}-\d{2}$/;

    function getJson(url) {
        return fetch(url, { headers: { 'Accept': 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : null; })
            .catch(function () { return null; });
    }

    function formatYuan(amount) {
        return Number(amount).toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    }

    // 人民币大写, computed by the server's one implementation.
    function wireUppercase(input) {
        var target = document.getElementById(input.getAttribute('data-rmb'));
        var timer = null;
        function update() {
            var value = input.value.trim();
            if (!amountPattern.test(value)) {
                target.textContent = '';
                return;
            }
            getJson('/api/tools/rmb-uppercase?amount=' + encodeURIComponent(value)).then(function (answer) {
                if (answer && input.value.trim() === value) {
                    target.textContent = '大写：人民币' + answer.uppercase;
                }
            });
        }
        input.addEventListener('input', function () {
            clearTimeout(timer);
            timer = setTimeout(update, 250);
        });
        update();
    }

    document.querySelectorAll('input[data-rmb]').forEach(wireUppercase);

    // 听证: 7 full working days between the notice and the hearing (行政处罚法第六十四条第二项): the 8th working day at the earliest.
    document.querySelectorAll('[data-earliest-for]').forEach(function (box) {
        var hearing = document.getElementById(box.getAttribute('data-earliest-for'));
        var served = document.getElementById(box.getAttribute('data-from'));
        var output = box.querySelector('.earliest-date');
        function update() {
            if (!served || !datePattern.test(served.value)) {
                output.textContent = '';
                return;
            }
            getJson('/api/tools/due-date?from=' + served.value + '&period=8&unit=workingDays').then(function (answer) {
                if (!answer) {
                    return;
                }
                output.textContent = '最早可定于 ' + answer.dueDate + (answer.provisional ? '（暂定：该年度节假日尚未公布）' : '') + '。';
                hearing.min = answer.dueDate;
            });
        }
        if (served) {
            served.addEventListener('change', update);
        }
        update();
    });

    // 裁量计算器.
    var calculator = document.getElementById('discretion');
    if (calculator) {
        var violation = document.getElementById('Input_ViolationCode');
        var actDate = document.getElementById('Input_ActDate');
        var eia = document.getElementById('discretion-eia');
        var investment = document.getElementById('discretion-investment');
        var serious = document.getElementById('discretion-serious');
        var rangeText = calculator.querySelector('.range-text');
        var recommended = calculator.querySelector('.recommended');
        var recommendedUpper = calculator.querySelector('.recommended-uppercase');
        var apply = document.getElementById('discretion-apply');
        var fine = document.getElementById('Input_Proposed_Fine');
        var range = null;
        var suggestion = null;

        var recommend = function () {
            suggestion = null;
            apply.disabled = true;
            if (!range) {
                recommended.textContent = '—';
                recommendedUpper.textContent = '';
                return;
            }
            var url = calculator.getAttribute('data-handler') + '&minimum=' + range.minimum + '&maximum=' + range.maximum;
            calculator.querySelectorAll('.discretion-factor').forEach(function (select) {
                url += '&' + encodeURIComponent(select.getAttribute('data-factor')) + '=' + encodeURIComponent(select.value);
            });
            getJson(url).then(function (answer) {
                if (!answer) {
                    return;
                }
                suggestion = answer.recommended;
                recommended.textContent = formatYuan(answer.recommended) + ' 元';
                recommendedUpper.textContent = answer.uppercase;
                apply.disabled = false;
            });
        };

        var computeRange = function () {
            range = null;
            if (!violation.value || !datePattern.test(actDate.value)) {
                rangeText.textContent = '选择违法行为和发生日期后计算';
                recommend();
                return;
            }
            var url = '/api/tools/penalty-range?violation=' + encodeURIComponent(violation.value) + '&actDate=' + actDate.value
                + '&serious=' + (serious.checked ? 'true' : 'false');
            if (eia.value) {
                url += '&eiaDocument=' + eia.value;
            }
            if (amountPattern.test(investment.value.trim())) {
                url += '&totalInvestment=' + investment.value.trim();
            }
            getJson(url).then(function (answer) {
                if (!answer) {
                    rangeText.textContent = '无法计算：请补充总投资额或环评文件类型等事实';
                    recommend();
                    return;
                }
                range = answer;
                rangeText.textContent = formatYuan(answer.minimum) + ' 元 至 ' + formatYuan(answer.maximum) + ' 元（'
                    + answer.basis + (answer.optionalFine ? '，可以处罚款' : '') + '）' + (answer.reason ? ' ' + answer.reason : '');
                recommend();
            });
        };

        [violation, actDate, eia, investment, serious].forEach(function (element) {
            element.addEventListener('change', computeRange);
        });
        calculator.querySelectorAll('.discretion-factor').forEach(function (select) {
            select.addEventListener('change', recommend);
        });
        apply.addEventListener('click', function () {
            if (suggestion !== null && fine) {
                fine.value = Number(suggestion).toFixed(2);
                fine.dispatchEvent(new Event('input'));
            }
        });
        computeRange();
    }
})();
