# Bài kiểm tra trước/sau: mỗi câu như nó sẽ xuất hiện, ai viết, và vì sao nó là lừa đảo hay
# không (hiện sau các câu trả lời ở vòng ôn tập). Cấu trúc nằm trong data/quiz.ron.

quiz-rent-account-from = Kevin (khách hàng mới)
quiz-rent-account = Chào bạn! Tài khoản của mình bị khóa vì giới hạn khu vực. Mình hợp tác trên tài khoản của bạn nhé: mình đăng nhập và làm việc, bạn giữ $1000 mỗi tháng mà không phải làm gì. Chốt không?
quiz-rent-account-why = Cho thuê tài khoản đã xác minh của bạn là gian lận danh tính dưới tên bạn: bạn gánh rủi ro pháp lý và lệnh cấm vĩnh viễn. Chính Upwork đã cảnh báo về đúng lời mời “$1000 mỗi tháng” này.

quiz-anydesk-setup-from = Daniel (trưởng dự án)
quiz-anydesk-setup = Hợp đồng xong rồi! Bạn cài AnyDesk và để laptop bật qua đêm để dev của bọn mình làm việc qua đó nhé. Chính sách bảo mật của Upwork bắt buộc như vậy.
quiz-anydesk-setup-why = Không công việc thật nào cần điều khiển máy tính của bạn, và không chính sách nền tảng nào đòi hỏi điều đó. Truy cập từ xa là cốt lõi của mánh làm thay: nền tảng thấy bạn trong khi người khác làm việc.

quiz-stand-in-interview-from = Mike
quiz-stand-in-interview = Việc nhanh nè: vào một buổi phỏng vấn video với tư cách ứng viên, đưa căn cước ra, còn kỹ sư của mình trả lời câu hỏi kỹ thuật qua tai nghe của bạn. $300 cho 30 phút.
quiz-stand-in-interview-why = Khuôn mặt và giấy tờ của bạn sẽ bảo lãnh cho một người bạn không nhìn thấy. Theo cảnh báo của FBI, người đi phỏng vấn thay là cách những người làm thay được tuyển.

quiz-forward-payment-from = Alex (khách hàng)
quiz-forward-payment = Khách sẽ trả tiền vào tài khoản ngân hàng của bạn. Bạn giữ 20% gọi là công sức, phần còn lại chuyển vào ví USDT này ngay trong ngày.
quiz-forward-payment-why = Nhận tiền rồi chuyển tiếp cho người khác là làm trung gian chuyển tiền cho tội phạm (“money mule”), kể cả khi có phí. Những người từng làm vậy đã bị truy tố tội rửa tiền.

quiz-skip-the-fees-from = Sarah, Talent Partner
quiz-skip-the-fees = Mình rất thích profile của bạn! Mình bỏ qua phí nền tảng đi: add mình trên Telegram rồi mình chốt hợp đồng ở đó. Tốt nhất đừng nhắc chuyện này với Upwork nhé.
quiz-skip-the-fees-why = Rời nền tảng trước khi có hợp đồng là mất đi sự bảo vệ của nó, và yêu cầu giấu nền tảng tự nó đã là một lời cảnh báo. Công việc đàng hoàng thì không ngại công khai.

quiz-family-account-from = Daniel (trưởng dự án)
quiz-family-account = Xui quá, tài khoản của bạn bị cấm rồi. Bạn có anh em trai hay anh chị em họ nào mở được tài khoản mới không? Thỏa thuận y như cũ, tiền y như cũ.
quiz-family-account-why = Đường dây đốt hết danh tính này đến danh tính khác. Sau một lệnh cấm, nạn nhân tiếp theo mà chúng muốn là người nhà của bạn.

quiz-funded-milestone-from = Priya (khách hàng)
quiz-funded-milestone = Cảm ơn bạn về bản đề xuất! Tôi đã gửi bạn lời mời qua Upwork, mốc đầu tiên đã được nạp tiền. Có gì về API cứ hỏi tôi ở đây trong khung chat Upwork nhé.
quiz-funded-milestone-why = Hợp đồng, thanh toán và trao đổi đều nằm trên nền tảng, với một mốc đã được nạp tiền. Một khách hàng bình thường trông như vậy đó.

quiz-intro-video-call-from = Tom (khách hàng)
quiz-intro-video-call = Trước khi bắt đầu, mình gọi video 20 phút được không để tôi giới thiệu cho bạn về codebase? Link có trong khung chat này; hợp đồng vẫn ở trên Upwork.
quiz-intro-video-call-why = Một khách hàng muốn nhìn thấy và nói chuyện với bạn là dấu hiệu tốt: chính những người làm thay mới né camera. Bạn xuất hiện với tư cách của chính mình, cho hợp đồng của chính mình.

quiz-time-tracker-from = Lena (khách hàng)
quiz-time-tracker = Với hợp đồng tính giờ, bạn ghi giờ bằng ứng dụng Upwork trên máy tính nhé. Nó chụp màn hình công việc của chính bạn cho nhật ký công việc (work diary); đó là thứ bảo vệ việc tính tiền theo giờ.
quiz-time-tracker-why = Công cụ theo dõi thời gian của chính nền tảng ghi lại công việc của bạn cho hợp đồng của bạn; nó không trao cho ai quyền điều khiển máy tính của bạn. Điều đó khác hẳn với việc cài AnyDesk cho một người lạ.

quiz-bounty-payout-from = maintainer-bot
quiz-bounty-payout = Cảm ơn bạn về pull request! Bounty cho issue này được trả qua Open Collective của dự án sau khi một maintainer merge nó. Bạn không cần gửi cho bọn mình bất cứ thứ gì.
quiz-bounty-payout-why = Tiền đến với bạn qua một kênh công khai, truy vết được, và không phải chuyển đi đâu cả. Tiền chỉ chảy qua bạn để đến tay người khác mới là dấu hiệu cảnh báo.

quiz-brief-by-email-from = Maria, Northwind Agency
quiz-brief-by-email = Giờ hợp đồng đã ký trên Freelancer, đây là bản mô tả dự án và quyền truy cập repository staging của chúng tôi. Mọi thứ liên quan đến thanh toán xin vui lòng giữ trên nền tảng.
quiz-brief-by-email-why = Email sau khi đã ký hợp đồng là bình thường, và thanh toán vẫn ở trên nền tảng. Dấu hiệu cảnh báo là rời nền tảng trước khi có hợp đồng.

quiz-tax-settings-from = Upwork
quiz-tax-settings = Cần thực hiện: thêm thông tin thuế của bạn trong Cài đặt › Thông tin thuế trước lần rút tiền tiếp theo. Chúng tôi sẽ không bao giờ yêu cầu giấy tờ của bạn qua chat.
quiz-tax-settings-why = Nền tảng hỏi thông tin thuế trong phần cài đặt của chính nó, chứ không phải một người lạ trong khung chat. Gửi bản scan căn cước cho một “khách hàng” mới là dấu hiệu cảnh báo.
